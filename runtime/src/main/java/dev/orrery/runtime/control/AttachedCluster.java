package dev.orrery.runtime.control;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.EventBus;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A cluster that another process runs (`orrery up`, or a console) on the same data folder, seen and driven
/// through its control API: the snapshot and events come from the control server's event stream, and instance
/// actions, scaling and stopping are control API calls.
///
/// Closing it only disconnects: the cluster keeps running. When the owning process ends (or, being a console, stops
/// the cluster and closes its control API), subscribers get a [ClusterEvent.ClusterStateChanged] to `STOPPED` that
/// says so, and [#ownerEnded()] completes.
public final class AttachedCluster implements Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(AttachedCluster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    // Uptime and memory change without events; the owner's snapshot is cheap to ask for on 127.0.0.1.
    private static final Duration REFRESH_PERIOD = Duration.ofSeconds(2);

    private final ControlClient client;
    private final RunFiles files;
    private final EventBus bus = new EventBus();
    private final AtomicReference<ClusterSnapshot> current;
    private final CompletableFuture<Void> ownerEnded = new CompletableFuture<>();
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("orrery-attached-refresh").daemon(true).factory());
    private final EventFeedReader feed;
    private final Map<InstanceId, ActiveFaults> faults = new ConcurrentHashMap<>();

    private AttachedCluster(ControlClient client, RunFiles files, ClusterSnapshot first) {
        this.client = client;
        this.files = files;
        this.current = new AtomicReference<>(first);
        this.feed = new EventFeedReader(client, this::refresh, this::onEvent, this::ownerServes, this::onOwnerEnded);
    }

    /// Attaches to the cluster running from this data folder; empty when none runs there.
    ///
    /// @throws ControlException when a cluster runs but its control API does not answer as expected
    public static Optional<AttachedCluster> find(RunFiles files) {
        return ControlClient.find(files, Duration.ofSeconds(10)).map(client -> attach(client, files));
    }

    /// Reads the cluster's snapshot once (so that a wrong or old endpoint fails here), then follows its events.
    public static AttachedCluster attach(ControlClient client, RunFiles files) {
        var cluster = new AttachedCluster(client, files, client.snapshot());
        cluster.feed.start();
        cluster.refresher.scheduleWithFixedDelay(
                cluster::refreshWhileOwned,
                REFRESH_PERIOD.toMillis(),
                REFRESH_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("Attached to the cluster run by process {} on {}", client.pid(), files.dataFolder());
        return cluster;
    }

    /// The process that runs the cluster.
    public long ownerPid() {
        return client.pid();
    }

    /// Completes when the process that runs the cluster has ended.
    public CompletableFuture<Void> ownerEnded() {
        return ownerEnded.copy();
    }

    /// Always fails: the owning process runs its own topology.
    @Override
    public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
        var message = ownerEnded.isDone()
                ? "the cluster started by 'orrery up' (pid " + ownerPid() + ") has ended; detach to start one here"
                : "this cluster was started by 'orrery up' (pid " + ownerPid()
                        + "); stop it with 'orrery down' to start another topology";
        return CompletableFuture.failedFuture(new IllegalStateException(message));
    }

    /// Asks the owning process to stop the cluster; completes when that process has ended.
    @Override
    public CompletableFuture<Void> stop() {
        return call(client::stop).thenCompose(ok -> ownerEnded()).orTimeout(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public CompletableFuture<Void> startInstance(InstanceId id) {
        return call(() -> client.instance(InstanceAction.START, id.toString()));
    }

    @Override
    public CompletableFuture<Void> stopInstance(InstanceId id) {
        return call(() -> client.instance(InstanceAction.STOP, id.toString()));
    }

    @Override
    public CompletableFuture<Void> restartInstance(InstanceId id) {
        return call(() -> client.instance(InstanceAction.RESTART, id.toString()));
    }

    @Override
    public CompletableFuture<Void> killInstance(InstanceId id) {
        return call(() -> client.instance(InstanceAction.KILL, id.toString()));
    }

    @Override
    public CompletableFuture<Void> inject(Fault fault) {
        return call(() -> client.fault(fault.target().toString(), FaultAction.of(fault), FaultAction.amount(fault)));
    }

    @Override
    public CompletableFuture<Void> heal(InstanceId id) {
        return call(() -> client.fault(id.toString(), FaultAction.HEAL, 0));
    }

    /// Faults seen in the events since attaching; one injected before is not known here until it changes.
    @Override
    public Map<InstanceId, ActiveFaults> activeFaults() {
        return Map.copyOf(faults);
    }

    @Override
    public CompletableFuture<Void> scale(String serviceId, int count) {
        return call(() -> client.scale(serviceId, count));
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
                        Instant.now(), state, state, "attached to 'orrery up' (pid " + ownerPid() + ")"));
    }

    /// Asks the owning process; empty when it does not answer.
    @Override
    public List<LogLine> recentLogs(InstanceId id) {
        try {
            return client.recentLogs(id);
        } catch (ControlException e) {
            LOG.debug("No recent logs of {} from the attached cluster: {}", id, e.getMessage());
            return List.of();
        }
    }

    /// Where the owning process writes the instance's log; the data folder's usual place when it does not answer.
    @Override
    public Path logFile(InstanceId id) {
        try {
            return client.logFile(id);
        } catch (ControlException e) {
            return files.dataFolder().resolve("logs").resolve(id + ".log");
        }
    }

    /// Disconnects; the cluster keeps running.
    @Override
    public void close() {
        feed.close();
        refresher.shutdownNow();
        calls.shutdownNow();
        bus.close();
    }

    private CompletableFuture<Void> call(Runnable action) {
        return CompletableFuture.runAsync(action, calls);
    }

    private void refreshWhileOwned() {
        if (!ownerEnded.isDone()) {
            refresh();
        }
    }

    private void refresh() {
        try {
            var fresh = client.snapshot();
            if (!ownerEnded.isDone()) {
                current.set(fresh);
            }
        } catch (ControlException e) {
            LOG.debug("Could not refresh the attached cluster's snapshot: {}", e.getMessage());
        }
    }

    private void onEvent(ClusterEvent event) {
        switch (event) {
            case ClusterEvent.ClusterStateChanged changed -> {
                refresh();
                current.updateAndGet(s -> s.withState(changed.current()));
            }
            case ClusterEvent.InstanceStateChanged _, ClusterEvent.InstancesChanged _ -> refresh();
            case ClusterEvent.RegistryChanged changed -> current.updateAndGet(s -> withRegistry(s, changed));
            case ClusterEvent.FaultInjected injected -> trackFault(injected.instance(), injected.active());
            case ClusterEvent.FaultHealed healed -> faults.remove(healed.instance());
            default -> {
                // Logs, traffic and progress do not change the snapshot.
            }
        }
        bus.publish(event);
    }

    private void trackFault(InstanceId id, ActiveFaults active) {
        if (active.isNone()) {
            faults.remove(id);
        } else {
            faults.put(id, active);
        }
    }

    private static ClusterSnapshot withRegistry(ClusterSnapshot s, ClusterEvent.RegistryChanged changed) {
        return new ClusterSnapshot(
                s.time(),
                s.state(),
                s.topologyName(),
                s.components(),
                changed.snapshot(),
                s.routes(),
                s.database(),
                s.addresses());
    }

    /// Alive and still publishing this endpoint: a console that ran the cluster closes its control API when the
    /// cluster stops, but lives on.
    private boolean ownerServes() {
        var alive = ProcessHandle.of(ownerPid()).map(ProcessHandle::isAlive).orElse(false);
        return alive
                && ControlEndpoint.readFrom(files.controlFile())
                        .filter(client.endpoint()::equals)
                        .isPresent();
    }

    private void onOwnerEnded() {
        var previous = current.getAndSet(ClusterSnapshot.stopped(Instant.now())).state();
        bus.publish(new ClusterEvent.ClusterStateChanged(
                Instant.now(),
                previous,
                ClusterState.STOPPED,
                "'orrery up' (pid " + ownerPid() + ") ended; the cluster it ran is gone"));
        ownerEnded.complete(null);
    }
}
