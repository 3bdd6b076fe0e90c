package dev.orrery.runtime.supervisor;

import java.util.EnumSet;
import java.util.Set;

/// The lifecycle of one supervised process: `STOPPED → STARTING → UP → STOPPING → STOPPED`, plus `UNHEALTHY`
/// (running but failing its health check) and `CRASHED` (ended without being asked to).
public enum InstanceState {
    STOPPED,
    STARTING,
    UP,
    UNHEALTHY,
    STOPPING,
    CRASHED;

    /// The states this one may move to; anything else is a bug in the supervisor.
    public Set<InstanceState> next() {
        return switch (this) {
            case STOPPED, CRASHED -> EnumSet.of(STARTING);
            case STARTING -> EnumSet.of(UP, STOPPING, CRASHED);
            case UP -> EnumSet.of(UNHEALTHY, STOPPING, CRASHED);
            case UNHEALTHY -> EnumSet.of(UP, STOPPING, CRASHED);
            case STOPPING -> EnumSet.of(STOPPED, CRASHED);
        };
    }

    public boolean canMoveTo(InstanceState target) {
        return next().contains(target);
    }

    /// Whether a process exists (or is being started) in this state.
    public boolean isRunning() {
        return this == STARTING || this == UP || this == UNHEALTHY || this == STOPPING;
    }
}
