package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ControlSecretFile;
import dev.orrery.runtime.fault.ServiceFaultClient;
import dev.orrery.runtime.registry.EurekaClient;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.registry.RegistryWatcher;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceObserver;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.InstanceTransition;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.PortOwners;
import dev.orrery.runtime.supervisor.ProcessLauncher;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.traffic.TrafficSubscriber;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/// One started topology with everything that watches it: the supervised instances, the registry watcher and
/// bridge, the traffic subscriber and the memory sampler. Translates what they report into cluster events.
final class RunningCluster implements InstanceObserver {

    /// The service property naming the control secret file (`docs/service-contract.md`).
    static final String SECRET_PROPERTY = "orrery.control.secret-file";

    private final ClusterConfig config;
    private final HttpClient http;
    private final ProcessLauncher launcher;
    private final Consumer<ClusterEvent> publish;
    private final ClusterStateTracker state;
    private final MemorySampler memory;
    private @Nullable ClusterRun run;
    private @Nullable RegistryWatcher watcher;
    private @Nullable RegistryBridge bridge;
    private @Nullable TrafficSubscriber traffic;
    private @Nullable GatewayRoutes gatewayRoutes;
    private @Nullable FaultInjector faults;

    RunningCluster(
            ClusterConfig config,
            HttpClient http,
            ProcessLauncher launcher,
            Consumer<ClusterEvent> publish,
            ClusterStateTracker state) {
        this.config = config;
        this.http = http;
        this.launcher = launcher;
        this.publish = publish;
        this.state = state;
        this.memory = new MemorySampler(() -> run == null
                ? java.util.stream.Stream.empty()
                : run.processes().stream()
                        .map(p -> p.status().pid())
                        .filter(p -> p.isPresent())
                        .map(p -> p.getAsLong()));
    }

    /// Whether the components are planned, so that a snapshot can list them (also while they start).
    boolean prepared() {
        return run != null;
    }

    FaultInjector faults() {
        return java.util.Objects.requireNonNull(faults, "not started");
    }

    ClusterRun run() {
        return java.util.Objects.requireNonNull(run, "not started");
    }

    void start(Topology topology, StartOptions options, CompletableFuture<Void> abort) {
        var starter = new ClusterStarter(config, http, launcher, new PortChecker(new PortOwners()), publish);
        var secretFile = ControlSecretFile.location(config.dataFolder());
        var withSecret = options.withServiceProperties(Map.of(SECRET_PROPERTY, secretFile.toString()));
        run = starter.prepare(topology, withSecret, this);
        // Written only once the checks passed: a start refused for a taken port leaves the data folder untouched.
        var secret = ControlSecretFile.ensure(config.dataFolder());
        faults = new FaultInjector(run, new ServiceFaultClient(http, secret), publish);
        if (topology.registry().enabled()) {
            var client = new EurekaClient(
                    http, "http://127.0.0.1:" + topology.registry().port());
            watcher = new RegistryWatcher(
                    client,
                    RegistryWatcher.DEFAULT_INTERVAL,
                    (snapshot, changes) ->
                            publish.accept(new ClusterEvent.RegistryChanged(Instant.now(), snapshot, changes)));
            bridge = new RegistryBridge(client, watcher);
            watcher.start();
        }
        if (topology.gateway().enabled()) {
            traffic = new TrafficSubscriber(
                    http,
                    "http://127.0.0.1:" + topology.gateway().port(),
                    request -> publish.accept(new ClusterEvent.TrafficObserved(Instant.now(), request)),
                    edges -> publish.accept(new ClusterEvent.TrafficAggregated(Instant.now(), edges)));
            traffic.start();
            gatewayRoutes = new GatewayRoutes(
                    http, "http://127.0.0.1:" + topology.gateway().port());
            gatewayRoutes.start();
        }
        memory.start();
        new StartSequence(run, publish, abort).startAll();
    }

    /// After the start: RUNNING when every instance is UP, else DEGRADED naming those that are not.
    void settleState(String name) {
        var notUp = run().processes().stream()
                .filter(p -> p.state() != InstanceState.UP)
                .map(p -> p.id() + " " + p.state())
                .toList();
        var states = run().processes().stream().map(p -> p.state()).toList();
        state.follow(
                states,
                notUp.isEmpty() ? name + " is running" : name + " is running without " + String.join(", ", notUp));
    }

    /// Stops services and gateway, then the registry, then the database; each group in parallel.
    void stop() {
        if (run == null) {
            return;
        }
        var groups = List.of(
                List.of(ComponentKind.SERVICE, ComponentKind.COMMAND, ComponentKind.GATEWAY),
                List.of(ComponentKind.REGISTRY),
                List.of(ComponentKind.DATABASE));
        for (var kinds : groups) {
            var stops = run.components().stream()
                    .filter(c -> kinds.contains(c.kind()))
                    .flatMap(c -> run.instances(c.id()).stream())
                    .map(p -> run.process(p.id()).map(SupervisedProcess::stop))
                    .flatMap(Optional::stream)
                    .toArray(CompletableFuture[]::new);
            awaitQuietly(CompletableFuture.allOf(stops));
        }
        closeWatchers();
        run.processes().forEach(SupervisedProcess::close);
    }

    /// Last resort when a graceful stop failed: SIGKILL for every child.
    void killAll() {
        if (run != null) {
            run.processes().forEach(SupervisedProcess::kill);
        }
        closeWatchers();
    }

    private void closeWatchers() {
        if (bridge != null) {
            bridge.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (traffic != null) {
            traffic.close();
        }
        if (gatewayRoutes != null) {
            gatewayRoutes.close();
        }
        memory.close();
    }

    void scale(String serviceId, int count) {
        new Scaler(run(), serviceId, publish).scale(count);
    }

    ClusterSnapshot snapshot(ClusterState current) {
        var registry = watcher == null ? RegistrySnapshot.unreachable(Instant.now()) : watcher.latest();
        var routes = gatewayRoutes == null ? List.<Route>of() : gatewayRoutes.latest();
        return run().snapshotBuilder(registry, memory, routes).build(current);
    }

    @Override
    public void stateChanged(InstanceTransition t) {
        publish.accept(new ClusterEvent.InstanceStateChanged(
                Instant.now(), t.id(), t.from(), t.to(), t.reason(), t.exitCode(), t.lastLines()));
        if (faults != null && (t.to() == InstanceState.CRASHED || t.to() == InstanceState.STOPPED)) {
            faults.ended(t.id());
        }
        var plan = run == null ? Optional.<InstancePlan>empty() : run.plan(t.id());
        if (bridge != null && plan.isPresent()) {
            if (t.to() == InstanceState.UP) {
                bridge.up(plan.get());
            } else if (t.from() == InstanceState.UP || t.to() == InstanceState.CRASHED) {
                bridge.down(plan.get());
            }
        }
        if (run != null) {
            var states = new ArrayList<InstanceState>();
            run.processes().forEach(p -> states.add(p.state()));
            state.follow(states, t.id() + " is " + t.to());
        }
    }

    @Override
    public void logged(InstanceId id, LogLine line) {
        publish.accept(new ClusterEvent.InstanceLog(line.time(), id, line));
    }

    private void awaitQuietly(CompletableFuture<Void> future) {
        try {
            future.get(config.stopTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            Thread.currentThread().isInterrupted();
        }
    }
}
