package dev.orrery.runtime.control;

import dev.orrery.runtime.cluster.Cluster;
import java.util.Optional;

/// What the process running a cluster lets other processes do through the control API.
///
/// Implementations may block until the action is done; they throw [IllegalArgumentException] for an unknown
/// instance or service and [IllegalStateException] when the action is not possible now, with a message for the
/// user.
public interface ControlActions {

    ClusterStatus status();

    /// Starts stopping the whole cluster and returns; the running process ends once everything is stopped.
    void stop();

    void instance(InstanceAction action, String instanceId);

    void scale(String serviceId, int count);

    /// Injects a fault into a process, or heals it. `target` is an instance id, or a component with one instance;
    /// `amount` is the latency in ms for [FaultAction#SLOW], the share of failures for [FaultAction#FLAKY].
    default void fault(String target, FaultAction action, double amount) {
        throw new IllegalStateException("this cluster does not take faults");
    }

    /// Stops the cluster, deletes its database and logs (keys and topology stay), and starts it again.
    void reset();

    /// The cluster itself, for the read side of the API (snapshot, event stream, logs) that an attached console
    /// uses; empty when this process offers only the actions.
    default Optional<Cluster> observedCluster() {
        return Optional.empty();
    }
}
