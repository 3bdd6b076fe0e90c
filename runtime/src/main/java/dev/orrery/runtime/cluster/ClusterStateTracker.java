package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;

/// Holds the cluster's state and publishes each change; while the cluster runs, it follows its instances
/// (every one UP: RUNNING, else DEGRADED).
final class ClusterStateTracker {

    private final Consumer<ClusterEvent> publish;
    private ClusterState current = ClusterState.STOPPED;

    ClusterStateTracker(Consumer<ClusterEvent> publish) {
        this.publish = publish;
    }

    synchronized ClusterState current() {
        return current;
    }

    synchronized void move(ClusterState next, String message) {
        if (next == current) {
            return;
        }
        var previous = current;
        current = next;
        publish.accept(new ClusterEvent.ClusterStateChanged(Instant.now(), previous, next, message));
    }

    /// Re-derives RUNNING or DEGRADED from the instances' states, when the cluster is in one of those.
    synchronized void follow(Collection<InstanceState> instances, String reason) {
        if (current != ClusterState.RUNNING && current != ClusterState.DEGRADED) {
            return;
        }
        var allUp = instances.stream().allMatch(s -> s == InstanceState.UP);
        move(allUp ? ClusterState.RUNNING : ClusterState.DEGRADED, reason);
    }
}
