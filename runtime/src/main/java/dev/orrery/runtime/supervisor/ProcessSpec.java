package dev.orrery.runtime.supervisor;

import dev.orrery.runtime.topology.RestartPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/// Everything the supervisor needs to run one instance.
///
/// @param command the full command line, already wrapped so that it dies with the runtime
/// @param environment variables added to the runtime's own environment
/// @param readiness decides UP while starting, and health while UP
/// @param readyTimeout how long STARTING may last before the start counts as failed
/// @param healthFailures consecutive failed health checks after which an UP instance is UNHEALTHY
/// @param marker a string in the command line that proves a process found through a pid file is ours
public record ProcessSpec(
        InstanceId id,
        int port,
        List<String> command,
        Map<String, String> environment,
        Path workDir,
        ReadinessCheck readiness,
        Duration readyTimeout,
        int healthFailures,
        RestartPolicy restart,
        String marker) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
