package dev.orrery.runtime.remote;

import dev.orrery.runtime.cluster.Addresses;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.EventBus;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/// A Eureka registry that Orrery does not run, shown as a [Cluster] without processes: its snapshot holds only the
/// registry's applications (polled every two seconds), its events are [ClusterEvent.RegistryChanged], and every
/// action fails because nothing here is supervised.
///
/// The state is `RUNNING` while the registry answers and `DEGRADED` while it does not.
public final class RemoteRegistryCluster implements Cluster {

    private final RegistryAddress address;
    private final EventBus bus = new EventBus();
    private final AtomicReference<ClusterSnapshot> current;
    private final AtomicReference<Optional<RemoteRegistry>> registry = new AtomicReference<>(Optional.empty());

    private RemoteRegistryCluster(RegistryAddress address, RegistrySnapshot first) {
        this.address = address;
        this.current = new AtomicReference<>(snapshotOf(first));
    }

    /// Reads the registry once (so that a wrong URL fails here), then follows it.
    ///
    /// @throws RemoteRegistryException when nothing answers at the address or it is not a Eureka registry
    public static RemoteRegistryCluster attach(RegistryAddress address, HttpClient http, Duration interval) {
        var cluster = new RemoteRegistryCluster(address, RemoteRegistry.readOnce(address, http));
        cluster.registry.set(Optional.of(RemoteRegistry.attach(address, http, interval, cluster::changed)));
        return cluster;
    }

    public RegistryAddress address() {
        return address;
    }

    @Override
    public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
        return readOnly();
    }

    @Override
    public CompletableFuture<Void> stop() {
        return readOnly();
    }

    @Override
    public CompletableFuture<Void> startInstance(InstanceId id) {
        return readOnly();
    }

    @Override
    public CompletableFuture<Void> stopInstance(InstanceId id) {
        return readOnly();
    }

    @Override
    public CompletableFuture<Void> restartInstance(InstanceId id) {
        return readOnly();
    }

    @Override
    public CompletableFuture<Void> killInstance(InstanceId id) {
        return readOnly();
    }

    @Override
    public CompletableFuture<Void> scale(String serviceId, int count) {
        return readOnly();
    }

    @Override
    public ClusterSnapshot snapshot() {
        return current.get();
    }

    @Override
    public Subscription subscribe(ClusterListener listener) {
        var state = current.get().state();
        return bus.subscribe(
                listener,
                new ClusterEvent.ClusterStateChanged(
                        Instant.now(), state, state, "attached read-only to the registry at " + address));
    }

    /// Always empty: the registry's instances are not Orrery's processes.
    @Override
    public List<LogLine> recentLogs(InstanceId id) {
        return List.of();
    }

    /// Always fails: the registry's instances write no logs here.
    @Override
    public Path logFile(InstanceId id) {
        throw new IllegalStateException(message());
    }

    /// Stops watching; the registry itself is not touched.
    @Override
    public void close() {
        registry.get().ifPresent(RemoteRegistry::close);
        bus.close();
    }

    private void changed(RegistrySnapshot next, List<RegistryChange> changes) {
        var previous = current.getAndSet(snapshotOf(next));
        var state = current.get().state();
        if (previous.state() != state) {
            bus.publish(new ClusterEvent.ClusterStateChanged(
                    Instant.now(),
                    previous.state(),
                    state,
                    next.reachable()
                            ? "the registry at " + address + " answers again"
                            : "the registry at " + address + " does not answer"));
        }
        bus.publish(new ClusterEvent.RegistryChanged(Instant.now(), next, changes));
    }

    private ClusterSnapshot snapshotOf(RegistrySnapshot registrySnapshot) {
        return new ClusterSnapshot(
                registrySnapshot.time(),
                registrySnapshot.reachable() ? ClusterState.RUNNING : ClusterState.DEGRADED,
                Optional.of("remote registry " + address),
                List.of(),
                registrySnapshot,
                List.of(),
                Optional.empty(),
                new Addresses(Optional.of(address.toString()), Optional.empty(), Optional.empty()));
    }

    private <T> CompletableFuture<T> readOnly() {
        return CompletableFuture.failedFuture(new IllegalStateException(message()));
    }

    private String message() {
        return "the registry at " + address + " is attached read-only: Orrery does not supervise its instances";
    }
}
