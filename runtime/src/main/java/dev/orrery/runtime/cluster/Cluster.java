package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/// A local cluster: starts the components of a [Topology] as child processes, supervises them, and tells
/// subscribers about every change.
///
/// Thread-safe. No method blocks its caller for long: work happens on the cluster's own threads and the returned
/// futures complete when it is done (or fail with an exception whose message says what went wrong and what to do).
/// One cluster runs one topology at a time; [#close()] (also run by a JVM shutdown hook) stops every child.
///
/// ```java
/// try (var cluster = Cluster.create(ClusterConfig.of(DataFolder.defaultLocation(), ServiceDistribution.locate())
///         .withDatabaseLauncher(launcher).withSecurityProvisioner(provisioner))) {
///     cluster.subscribe(event -> System.out.println(event));
///     cluster.start(TopologyPresets.load("4-tokens.yaml"), StartOptions.defaults()).join();
/// }
/// ```
public interface Cluster extends AutoCloseable {

    static Cluster create(ClusterConfig config) {
        return new LocalCluster(config);
    }

    /// Checks ports, kills leftovers of a crashed earlier run on the same data folder, then starts every component
    /// in dependency order (database → registry → services and gateway), independent ones in parallel.
    ///
    /// Completes when every instance is UP. Fails with [ClusterStartException] when a port is taken (nothing was
    /// started), a jar is missing, or a component did not come up in time (whatever had started is stopped again).
    /// Progress is published as [dev.orrery.runtime.event.ClusterEvent.StartProgress] events.
    CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options);

    /// Stops every instance gracefully (services and gateway first, then registry, then database).
    CompletableFuture<Void> stop();

    /// Starts a stopped or crashed instance.
    CompletableFuture<Void> startInstance(InstanceId id);

    /// Stops an instance gracefully (SIGTERM, then a forced kill after a timeout); it is not restarted.
    CompletableFuture<Void> stopInstance(InstanceId id);

    /// Stops and starts an instance on the same port.
    CompletableFuture<Void> restartInstance(InstanceId id);

    /// Kills an instance at once (SIGKILL), as a crash would; its restart policy then applies.
    CompletableFuture<Void> killInstance(InstanceId id);

    /// Injects a fault into a process of the running cluster (any instance, the registry, the gateway or the
    /// database); see [Fault] for the kinds. Completes once the fault is in place; fails with
    /// [IllegalArgumentException] for an unknown instance and [IllegalStateException] when the fault cannot apply
    /// (e.g. slow on the database, pause of a stopped instance). Publishes a
    /// [dev.orrery.runtime.event.ClusterEvent.FaultInjected] and writes a line into the instance's log.
    ///
    /// A cluster that only watches (a remote registry) refuses every fault.
    default CompletableFuture<Void> inject(Fault fault) {
        return CompletableFuture.failedFuture(
                new IllegalStateException("This cluster is only watched; faults need a cluster Orrery runs"));
    }

    /// Undoes every fault of a process: resumes it when paused, ends slow and flaky. Publishes a
    /// [dev.orrery.runtime.event.ClusterEvent.FaultHealed].
    default CompletableFuture<Void> heal(InstanceId id) {
        return CompletableFuture.failedFuture(
                new IllegalStateException("This cluster is only watched; faults need a cluster Orrery runs"));
    }

    /// The faults active now, by instance; instances without one are left out.
    default Map<InstanceId, ActiveFaults> activeFaults() {
        return Map.of();
    }

    /// Sets a service's instance count: new instances get free ports; the highest-numbered ones are stopped first.
    CompletableFuture<Void> scale(String serviceId, int count);

    /// The current state; cheap, never blocks.
    ClusterSnapshot snapshot();

    /// Adds a listener; it first receives a [dev.orrery.runtime.event.ClusterEvent.ClusterStateChanged] with the
    /// current state, then every later event.
    Subscription subscribe(ClusterListener listener);

    /// The last lines an instance wrote (a bounded buffer), oldest first; empty for an unknown instance.
    List<LogLine> recentLogs(InstanceId id);

    /// The instance's log file in the data folder (rotated by size; older parts end in `.1`, `.2`).
    Path logFile(InstanceId id);

    /// Stops everything and releases the cluster's threads; waits for the children to end.
    @Override
    void close();
}
