package dev.orrery.runtime.cluster;

import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/// One instance at one moment.
///
/// @param registryInstanceId the id under which the instance registers in Eureka (`heroes-service:127.0.0.1:8081`)
/// @param pid the process id while a process exists
/// @param startedAt when the current (or last) process started
/// @param uptime time since it became UP, while UP or UNHEALTHY
/// @param restarts restarts made by the restart policy since the cluster started
/// @param residentMemoryBytes the process's resident memory (RSS), when measured
/// @param lastExitCode the exit code of the last process that ended
public record InstanceSnapshot(
        InstanceId id,
        ComponentKind kind,
        InstanceState state,
        int port,
        String url,
        String registryInstanceId,
        OptionalLong pid,
        Optional<Instant> startedAt,
        Optional<Duration> uptime,
        int restarts,
        OptionalLong residentMemoryBytes,
        OptionalInt lastExitCode) {}
