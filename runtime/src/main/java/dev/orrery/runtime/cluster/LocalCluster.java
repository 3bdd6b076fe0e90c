package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.EventBus;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.supervisor.ProcessLauncher;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import dev.orrery.runtime.topology.Topology;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The [Cluster] that runs its components as local child processes.
///
/// Whole-cluster operations (start, stop, scale) run one after another on an operations thread; instance operations
/// act at once. A stop cancels a start that is still waiting for instances.
final class LocalCluster implements Cluster {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);

    private final ClusterConfig config;
    private final EventBus events = new EventBus();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ProcessLauncher launcher = new ProcessLauncher();
    private final ExecutorService operations = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("orrery-cluster-ops").factory());
    private final ClusterStateTracker state;
    private final ExecutorService faultThreads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("orrery-fault-", 0).factory());
    private final Thread shutdownHook = new Thread(this::stopQuietly, "orrery-shutdown");
    private volatile @Nullable RunningCluster running;
    // The cluster being started, so that snapshots show its instances (STARTING) before the start completes.
    private volatile @Nullable RunningCluster starting;
    private volatile CompletableFuture<Void> abort = new CompletableFuture<>();
    private volatile boolean closed;

    LocalCluster(ClusterConfig config) {
        this.config = config;
        this.state = new ClusterStateTracker(events::publish);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    @Override
    public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
        abort = new CompletableFuture<>();
        var cancel = abort;
        return submit(() -> {
            if (running != null) {
                throw new ClusterStartException("The cluster is already running '"
                        + running.run().topology().name() + "'; stop it first");
            }
            var effective = withPortOptions(topology, options);
            state.move(ClusterState.STARTING, "starting " + effective.name());
            var cluster = new RunningCluster(config, http, launcher, events::publish, state);
            starting = cluster;
            try {
                cluster.start(effective, options, cancel);
                running = cluster;
            } catch (RuntimeException e) {
                cluster.stop();
                state.move(ClusterState.FAILED, e.getMessage());
                throw e;
            } finally {
                starting = null;
            }
            state.move(ClusterState.RUNNING, effective.name() + " is running");
            cluster.settleState(effective.name());
            return snapshot();
        });
    }

    private static Topology withPortOptions(Topology topology, StartOptions options) {
        var result = topology;
        if (options.registryPort().isPresent()) {
            result = result.withRegistryPort(options.registryPort().getAsInt());
        }
        if (options.gatewayPort().isPresent()) {
            result = result.withGatewayPort(options.gatewayPort().getAsInt());
        }
        if (options.databasePort().isPresent()) {
            result = result.withDatabasePort(options.databasePort().getAsInt());
        }
        return result;
    }

    @Override
    public CompletableFuture<Void> stop() {
        abort.complete(null);
        return submit(() -> {
            stopRunning();
            return null;
        });
    }

    private void stopRunning() {
        var cluster = running;
        if (cluster == null) {
            return;
        }
        state.move(ClusterState.STOPPING, "stopping " + cluster.run().topology().name());
        cluster.stop();
        running = null;
        state.move(ClusterState.STOPPED, "stopped");
    }

    @Override
    public CompletableFuture<Void> startInstance(InstanceId id) {
        return onProcess(id, SupervisedProcess::start);
    }

    @Override
    public CompletableFuture<Void> stopInstance(InstanceId id) {
        return onProcess(id, SupervisedProcess::stop);
    }

    @Override
    public CompletableFuture<Void> restartInstance(InstanceId id) {
        return onProcess(id, p -> p.stop().thenCompose(_ -> p.start()));
    }

    @Override
    public CompletableFuture<Void> killInstance(InstanceId id) {
        return onProcess(id, SupervisedProcess::kill);
    }

    @Override
    public CompletableFuture<Void> inject(Fault fault) {
        return onFaults(faults -> faults.inject(fault));
    }

    @Override
    public CompletableFuture<Void> heal(InstanceId id) {
        return onFaults(faults -> faults.heal(id));
    }

    @Override
    public Map<InstanceId, ActiveFaults> activeFaults() {
        var cluster = running;
        return cluster == null ? Map.of() : cluster.faults().active();
    }

    /// Signals and one local HTTP call: quick, but not for the caller's thread (it may be the UI's).
    private CompletableFuture<Void> onFaults(Consumer<FaultInjector> action) {
        var cluster = running;
        if (cluster == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("The cluster is not running; start it before injecting faults"));
        }
        return CompletableFuture.runAsync(() -> action.accept(cluster.faults()), faultThreads);
    }

    private CompletableFuture<Void> onProcess(
            InstanceId id, Function<SupervisedProcess, CompletableFuture<Void>> action) {
        var process = Optional.ofNullable(running).flatMap(c -> c.run().process(id));
        if (process.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "No instance '" + id + "' in the running cluster; see 'orrery status' for the instances"));
        }
        return action.apply(process.get());
    }

    @Override
    public CompletableFuture<Void> scale(String serviceId, int count) {
        return submit(() -> {
            var cluster = running;
            if (cluster == null) {
                throw new IllegalStateException("The cluster is not running; start it before scaling " + serviceId);
            }
            cluster.scale(serviceId, count);
            return null;
        });
    }

    @Override
    public ClusterSnapshot snapshot() {
        var cluster = running != null ? running : starting;
        if (cluster == null || !cluster.prepared()) {
            return ClusterSnapshot.stopped(Instant.now()).withState(state.current());
        }
        return cluster.snapshot(state.current());
    }

    @Override
    public Subscription subscribe(ClusterListener listener) {
        var current = state.current();
        return events.subscribe(
                listener, new ClusterEvent.ClusterStateChanged(Instant.now(), current, current, "current state"));
    }

    @Override
    public List<LogLine> recentLogs(InstanceId id) {
        return Optional.ofNullable(running)
                .flatMap(c -> c.run().process(id))
                .map(SupervisedProcess::recentLines)
                .orElse(List.of());
    }

    @Override
    public Path logFile(InstanceId id) {
        return config.dataFolder().logs().resolve(id + ".log");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            LOG.debug("Closing during JVM shutdown");
        }
        operations.shutdown();
        faultThreads.shutdown();
        events.close();
        launcher.close();
    }

    private void stopQuietly() {
        try {
            stop().get();
        } catch (Exception e) {
            LOG.warn("Stopping the cluster failed: {}", e.getMessage(), e);
            var cluster = running;
            if (cluster != null) {
                cluster.killAll();
            }
        }
    }

    private <T> CompletableFuture<T> submit(java.util.concurrent.Callable<T> work) {
        var result = new CompletableFuture<T>();
        try {
            operations.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("The cluster is closed", e));
        }
        return result;
    }
}
