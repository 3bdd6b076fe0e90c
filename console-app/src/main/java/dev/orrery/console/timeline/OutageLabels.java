package dev.orrery.console.timeline;

import dev.orrery.console.ui.Tone;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceState;
import java.util.regex.Pattern;

/// The words and tones the timeline uses for instance and cluster states.
final class OutageLabels {

    private static final Pattern RESTART = Pattern.compile("restart (\\d+) of at most (\\d+).*");

    private OutageLabels() {}

    /// The label of an outage span while the instance is in this state.
    static String label(InstanceState state) {
        return switch (state) {
            case CRASHED -> "crashed";
            case STARTING -> "restarting";
            case UNHEALTHY -> "down (unhealthy)";
            case STOPPING, STOPPED -> "stopped";
            case UP -> "up";
        };
    }

    static Tone tone(ClusterState state) {
        return switch (state) {
            case RUNNING -> Tone.GOOD;
            case STARTING, STOPPING -> Tone.BUSY;
            case DEGRADED -> Tone.WARN;
            case FAILED -> Tone.BAD;
            case STOPPED -> Tone.IDLE;
        };
    }

    /// e.g. `UP → CRASHED: exited with code 137`.
    static String describe(ClusterEvent.InstanceStateChanged changed) {
        return changed.previous() + " → " + changed.current() + ": " + changed.reason();
    }

    /// Whether the supervisor started a crashed instance again by itself, as its restart policy says.
    static boolean restartByPolicy(ClusterEvent.InstanceStateChanged changed) {
        return changed.previous() == InstanceState.CRASHED
                && changed.current() == InstanceState.STARTING
                && changed.reason().startsWith("restart ");
    }

    /// `restart 1/3` from the supervisor's `restart 1 of at most 3`; `restart` when the reason says no number.
    static String restartLabel(String reason) {
        var matcher = RESTART.matcher(reason);
        return matcher.matches() ? "restart " + matcher.group(1) + "/" + matcher.group(2) : "restart";
    }
}
