package dev.orrery.runtime.control;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.DatabaseEngine;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.topology.Topology;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/// The control API's actions carried out on a [Cluster] run by this process.
///
/// @param onStop called when a client asks the cluster to stop; the owner then stops it and exits
public record ClusterControl(
        Cluster cluster,
        Topology topology,
        StartOptions options,
        DataFolder dataFolder,
        RouteReadiness readiness,
        Runnable onStop)
        implements ControlActions {
    private static final Duration ACTION_TIMEOUT = Duration.ofSeconds(120);

    @Override
    public ClusterStatus status() {
        ClusterSnapshot snapshot = cluster.snapshot();
        boolean running = snapshot.state() == ClusterState.RUNNING || snapshot.state() == ClusterState.DEGRADED;
        return new ClusterStatus(
                readiness.ready() && running,
                snapshot.state().name(),
                snapshot.topologyName().orElse(topology.name()),
                dataFolder.root().toString(),
                ProcessHandle.current().pid(),
                snapshot.addresses().gateway().orElse(""),
                snapshot.addresses().registry().orElse(""),
                snapshot.database().map(DatabaseEngine::name).orElse(""),
                snapshot.database().map(DatabaseEngine::reason).orElse(""),
                snapshot.instances().stream().map(ClusterControl::instance).toList(),
                snapshot.routes().stream()
                        .map(r -> new RouteStatus(r.id(), r.pathPattern(), r.serviceId(), readiness.answering(r)))
                        .toList());
    }

    @Override
    public Optional<Cluster> observedCluster() {
        return Optional.of(cluster);
    }

    @Override
    public void stop() {
        onStop.run();
    }

    @Override
    public void instance(InstanceAction action, String instanceId) {
        InstanceId id = InstanceId.parse(instanceId);
        if (cluster.snapshot().instance(id).isEmpty()) {
            throw new IllegalArgumentException("no instance '" + instanceId + "' in the cluster");
        }
        waitFor(
                switch (action) {
                    case START -> cluster.startInstance(id);
                    case STOP -> cluster.stopInstance(id);
                    case RESTART -> cluster.restartInstance(id);
                    case KILL -> cluster.killInstance(id);
                });
    }

    @Override
    public void fault(String target, FaultAction action, double amount) {
        InstanceId id = FaultTargets.resolve(cluster.snapshot(), target);
        waitFor(
                switch (action) {
                    case KILL -> cluster.inject(new Fault.Kill(id));
                    case PAUSE -> cluster.inject(new Fault.Pause(id));
                    case RESUME -> cluster.inject(new Fault.Resume(id));
                    case SLOW -> cluster.inject(new Fault.Slow(id, Math.round(amount)));
                    case FLAKY -> cluster.inject(new Fault.Flaky(id, amount));
                    case HEAL -> cluster.heal(id);
                });
    }

    @Override
    public void scale(String serviceId, int count) {
        if (topology.service(serviceId).isEmpty()) {
            throw new IllegalArgumentException("no service '" + serviceId + "' in the topology");
        }
        waitFor(cluster.scale(serviceId, count));
    }

    @Override
    public void reset() {
        waitFor(cluster.stop());
        readiness.reset();
        ClusterReset.deleteDataAndLogs(dataFolder);
        ClusterSnapshot snapshot = waitFor(cluster.start(topology, options));
        Thread.ofVirtual().start(() -> readiness.await(snapshot, Duration.ofSeconds(90), () -> false));
    }

    private static InstanceStatus instance(InstanceSnapshot instance) {
        Long pid = instance.pid().isPresent() ? instance.pid().getAsLong() : null;
        Integer exitCode =
                instance.lastExitCode().isPresent() ? instance.lastExitCode().getAsInt() : null;
        return new InstanceStatus(
                instance.id().componentId(),
                instance.id().toString(),
                instance.state().name(),
                instance.port(),
                pid,
                exitCode);
    }

    private static <T> T waitFor(CompletableFuture<T> future) {
        try {
            return future.get(ACTION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("not done after " + ACTION_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
