package dev.orrery.runtime.control;

import org.jspecify.annotations.Nullable;

/// One process of the cluster as `orrery status --json` shows it.
///
/// @param component `database`, `registry`, `gateway` or a service id
/// @param id the instance id, e.g. `heroes-service-2`
/// @param state `UP`, `STARTING`, `CRASHED`, …
/// @param pid the process id, `null` while no process exists
/// @param exitCode the exit code of the instance's last process that ended, `null` when none ended yet
public record InstanceStatus(
        String component,
        String id,
        String state,
        int port,
        @Nullable Long pid,
        @Nullable Integer exitCode) {}
