package dev.orrery.runtime.supervisor;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/// A supervised process's state at one moment.
///
/// @param upSince when it last became UP, while UP or UNHEALTHY
/// @param restarts restarts made by the restart policy so far
public record InstanceStatus(
        InstanceId id,
        InstanceState state,
        int port,
        OptionalLong pid,
        Optional<Instant> startedAt,
        Optional<Instant> upSince,
        int restarts,
        OptionalInt lastExitCode) {}
