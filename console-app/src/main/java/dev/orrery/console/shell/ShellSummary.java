package dev.orrery.console.shell;

import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.Units;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceState;
import org.jspecify.annotations.Nullable;

/// Turns cluster events and snapshots into what the header and status bar show. Runs on the listener's thread;
/// its result is applied on the JavaFX thread.
final class ShellSummary {

    private String progress = "";
    private boolean portsTaken;

    /// The header and status bar after `event` (none for a periodic refresh). The update carries a problem only
    /// when this event raised it, so that a later problem from elsewhere is not overwritten by an old one.
    ShellUpdate apply(@Nullable ClusterEvent event, ClusterSnapshot snapshot) {
        var problem = "";
        switch (event) {
            case ClusterEvent.StartProgress p -> progress = progressText(p);
            case ClusterEvent.ClusterStateChanged c
            when c.current() == ClusterState.FAILED -> problem = portsTaken ? "" : c.message();
            case ClusterEvent.ClusterStateChanged c when c.current() == ClusterState.STARTING -> portsTaken = false;
            // Whoever started explains taken ports better than the runtime's command-line hints: the header's start
            // offers to start on free ports, a lesson moves to free ports by itself.
            case ClusterEvent.PortProblem p -> portsTaken = true;
            case null, default -> {}
        }
        var phase = phase(snapshot.state());
        if (phase != ClusterPhase.STARTING) {
            progress = "";
        }
        return new ShellUpdate(
                phase,
                snapshot.state() == ClusterState.DEGRADED,
                snapshot.topologyName().orElse("No cluster"),
                progress,
                health(snapshot),
                tone(snapshot),
                (int) snapshot.instances().stream()
                        .filter(i -> i.state() == InstanceState.CRASHED)
                        .count(),
                snapshot.database()
                        .map(d -> "database: " + d.name() + " (" + d.reason() + ")")
                        .orElse(""),
                snapshot.addresses()
                        .registry()
                        .map(a -> "registry " + Units.hostPort(a))
                        .orElse(""),
                snapshot.addresses()
                        .gateway()
                        .map(a -> "gateway " + Units.hostPort(a))
                        .orElse(""),
                snapshot.instances().isEmpty() ? "" : "cluster memory " + Units.bytes(snapshot.totalMemoryBytes()),
                problem);
    }

    private static String progressText(ClusterEvent.StartProgress p) {
        var waiting = p.waitingFor().isEmpty()
                ? ""
                : " · waiting for "
                        + String.join(
                                ", ",
                                p.waitingFor().stream().map(Object::toString).toList());
        return p.message() + waiting + " · " + Units.duration(p.elapsed());
    }

    static ClusterPhase phase(ClusterState state) {
        return switch (state) {
            case STOPPED, FAILED -> ClusterPhase.STOPPED;
            case STARTING -> ClusterPhase.STARTING;
            case RUNNING, DEGRADED -> ClusterPhase.RUNNING;
            case STOPPING -> ClusterPhase.STOPPING;
        };
    }

    private static String health(ClusterSnapshot snapshot) {
        var all = snapshot.instances();
        if (all.isEmpty()) {
            return "";
        }
        var up = all.stream().filter(i -> i.state() == InstanceState.UP).count();
        return up + " of " + all.size() + " UP";
    }

    private static Tone tone(ClusterSnapshot snapshot) {
        var states = snapshot.instances().stream().map(i -> i.state()).toList();
        if (states.isEmpty()) {
            return Tone.IDLE;
        }
        if (states.contains(InstanceState.CRASHED)) {
            return Tone.BAD;
        }
        if (states.contains(InstanceState.UNHEALTHY)) {
            return Tone.WARN;
        }
        if (states.contains(InstanceState.STARTING) || states.contains(InstanceState.STOPPING)) {
            return Tone.BUSY;
        }
        return states.stream().allMatch(s -> s == InstanceState.UP) ? Tone.GOOD : Tone.IDLE;
    }
}
