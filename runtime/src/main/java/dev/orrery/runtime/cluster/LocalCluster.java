package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.EventBus;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/// The [Cluster] that runs its components as local child processes.
final class LocalCluster implements Cluster {

    private final ClusterConfig config;
    private final EventBus events = new EventBus();

    LocalCluster(ClusterConfig config) {
        this.config = config;
    }

    @Override
    public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
        return CompletableFuture.failedFuture(new ClusterStartException("starting is not available yet"));
    }

    @Override
    public CompletableFuture<Void> stop() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> startInstance(InstanceId id) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("no instance " + id));
    }

    @Override
    public CompletableFuture<Void> stopInstance(InstanceId id) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("no instance " + id));
    }

    @Override
    public CompletableFuture<Void> restartInstance(InstanceId id) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("no instance " + id));
    }

    @Override
    public CompletableFuture<Void> killInstance(InstanceId id) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("no instance " + id));
    }

    @Override
    public CompletableFuture<Void> scale(String serviceId, int count) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("no service " + serviceId));
    }

    @Override
    public ClusterSnapshot snapshot() {
        return ClusterSnapshot.stopped(Instant.now());
    }

    @Override
    public Subscription subscribe(ClusterListener listener) {
        return events.subscribe(listener);
    }

    @Override
    public List<LogLine> recentLogs(InstanceId id) {
        return List.of();
    }

    @Override
    public Path logFile(InstanceId id) {
        return config.dataFolder().logs().resolve(id + ".log");
    }

    @Override
    public void close() {
        events.close();
    }
}
