package dev.orrery.runtime.event;

import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.supervisor.PortConflict;
import dev.orrery.runtime.traffic.EdgeStats;
import dev.orrery.runtime.traffic.TrafficEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/// Everything a client of a running cluster can be told. Switch over it exhaustively; new kinds of events are
/// added here, so the compiler shows every client that must learn about them.
public sealed interface ClusterEvent {

    /// When it happened.
    Instant time();

    /// The cluster as a whole changed state.
    ///
    /// @param message why, e.g. "heroes-service-1 crashed" or "start failed: port 8080 (gateway) is in use"
    record ClusterStateChanged(Instant time, ClusterState previous, ClusterState current, String message)
            implements ClusterEvent {}

    /// A step of starting the cluster, for a progress display.
    ///
    /// @param waitingFor the instances being waited for now
    /// @param elapsed time since the start began
    record StartProgress(Instant time, String message, List<InstanceId> waitingFor, Duration elapsed)
            implements ClusterEvent {

        public StartProgress {
            waitingFor = List.copyOf(waitingFor);
        }
    }

    /// An instance changed state.
    ///
    /// @param reason a short human explanation, e.g. "health check failed 3 times" or "exited with code 137"
    /// @param exitCode set when the process ended (CRASHED or STOPPED)
    /// @param lastLines the instance's last log lines when it CRASHED (or failed to start), else empty
    record InstanceStateChanged(
            Instant time,
            InstanceId instance,
            InstanceState previous,
            InstanceState current,
            String reason,
            OptionalInt exitCode,
            List<String> lastLines)
            implements ClusterEvent {

        public InstanceStateChanged {
            lastLines = List.copyOf(lastLines);
        }
    }

    /// An instance was added (scale up) or removed (scale down) at run time.
    record InstancesChanged(Instant time, String serviceId, List<InstanceId> added, List<InstanceId> removed)
            implements ClusterEvent {

        public InstancesChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /// A line an instance wrote to stdout or stderr.
    record InstanceLog(Instant time, InstanceId instance, LogLine line) implements ClusterEvent {}

    /// The registry's content changed (or it became reachable or unreachable).
    record RegistryChanged(Instant time, RegistrySnapshot snapshot, List<RegistryChange> changes)
            implements ClusterEvent {

        public RegistryChanged {
            changes = List.copyOf(changes);
        }
    }

    /// One request routed by the gateway.
    record TrafficObserved(Instant time, TrafficEvent request) implements ClusterEvent {}

    /// Per-edge traffic of the last whole second; only edges that carried requests.
    record TrafficAggregated(Instant time, List<EdgeStats> edges) implements ClusterEvent {

        public TrafficAggregated {
            edges = List.copyOf(edges);
        }
    }

    /// Ports the cluster needs are taken; nothing was started.
    record PortProblem(Instant time, List<PortConflict> conflicts) implements ClusterEvent {

        public PortProblem {
            conflicts = List.copyOf(conflicts);
        }
    }

    /// A user injected a fault: killed, paused, resumed, slowed or made flaky a process.
    ///
    /// @param active the process's faults after this one ([ActiveFaults#NONE] after a kill or a resume)
    record FaultInjected(Instant time, InstanceId instance, Fault fault, ActiveFaults active) implements ClusterEvent {}

    /// A process's faults ended: healed by a user, or gone with the process that had them.
    ///
    /// @param healed the faults it had ([ActiveFaults#NONE] when it had none)
    record FaultHealed(Instant time, InstanceId instance, ActiveFaults healed) implements ClusterEvent {}
}
