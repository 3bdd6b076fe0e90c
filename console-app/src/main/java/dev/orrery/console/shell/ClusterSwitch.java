package dev.orrery.console.shell;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/// The cluster every view of the console follows: the console's own local cluster, or one it attached to (a cluster
/// run by `orrery up`, a remote registry). Switching moves every subscription to the new cluster, whose first event
/// tells each listener its current state, so the views need not know that anything changed hands.
public final class ClusterSwitch implements Cluster {

    private final Cluster home;
    private final List<Forward> forwards = new ArrayList<>();
    private Cluster current;

    /// @param home the console's own cluster, followed until another is used and again after [#useHome()]
    public ClusterSwitch(Cluster home) {
        this.home = home;
        this.current = home;
    }

    /// Follows another cluster from now on; the caller closes the one followed before, if it is not the home one.
    public synchronized void use(Cluster next) {
        current = next;
        forwards.forEach(f -> f.moveTo(next));
    }

    /// Follows the console's own cluster again.
    public void useHome() {
        use(home);
    }

    /// The console's own cluster.
    public Cluster home() {
        return home;
    }

    /// Whether the console's own cluster is followed now.
    public synchronized boolean atHome() {
        return current == home;
    }

    /// The cluster followed now.
    public synchronized Cluster current() {
        return current;
    }

    @Override
    public synchronized Subscription subscribe(ClusterListener listener) {
        var forward = new Forward(listener, current.subscribe(listener));
        forwards.add(forward);
        return () -> {
            synchronized (this) {
                forwards.remove(forward);
                forward.close();
            }
        };
    }

    @Override
    public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
        return current().start(topology, options);
    }

    @Override
    public CompletableFuture<Void> stop() {
        return current().stop();
    }

    @Override
    public CompletableFuture<Void> startInstance(InstanceId id) {
        return current().startInstance(id);
    }

    @Override
    public CompletableFuture<Void> stopInstance(InstanceId id) {
        return current().stopInstance(id);
    }

    @Override
    public CompletableFuture<Void> restartInstance(InstanceId id) {
        return current().restartInstance(id);
    }

    @Override
    public CompletableFuture<Void> killInstance(InstanceId id) {
        return current().killInstance(id);
    }

    @Override
    public CompletableFuture<Void> inject(Fault fault) {
        return current().inject(fault);
    }

    @Override
    public CompletableFuture<Void> heal(InstanceId id) {
        return current().heal(id);
    }

    @Override
    public Map<InstanceId, ActiveFaults> activeFaults() {
        return current().activeFaults();
    }

    @Override
    public CompletableFuture<Void> scale(String serviceId, int count) {
        return current().scale(serviceId, count);
    }

    @Override
    public ClusterSnapshot snapshot() {
        return current().snapshot();
    }

    @Override
    public List<LogLine> recentLogs(InstanceId id) {
        return current().recentLogs(id);
    }

    @Override
    public Path logFile(InstanceId id) {
        return current().logFile(id);
    }

    /// Closes the cluster followed now and the home one: the home cluster stops its processes, an attached one
    /// only disconnects.
    @Override
    public void close() {
        List<Cluster> all;
        synchronized (this) {
            forwards.forEach(Forward::close);
            forwards.clear();
            all = current == home ? List.of(home) : List.of(current, home);
        }
        all.forEach(Cluster::close);
    }

    /// One listener's subscription to whichever cluster is followed now.
    private static final class Forward {
        private final ClusterListener listener;
        private Subscription inner;

        Forward(ClusterListener listener, Subscription inner) {
            this.listener = listener;
            this.inner = inner;
        }

        void moveTo(Cluster next) {
            inner.close();
            inner = next.subscribe(listener);
        }

        void close() {
            inner.close();
        }
    }
}
