package dev.orrery.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.EventBus;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyPresets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// An attached cluster against a real control server in this process, serving a scripted cluster: the event stream
/// carries typed events, and the attached side notices when the server closes its control API.
class AttachedClusterTest {
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);

    @TempDir
    Path data;

    private final ScriptedCluster owned = new ScriptedCluster();
    private final List<ClusterEvent> heard = new CopyOnWriteArrayList<>();
    private RunFiles files;
    private ClusterLock lock;
    private ControlServer server;
    private AttachedCluster attached;

    @BeforeEach
    void serve() {
        files = RunFiles.of(data);
        lock = ClusterLock.acquire(files);
        server = ControlServer.start(files, new ServedActions(owned));
        attached = AttachedCluster.find(files).orElseThrow();
        attached.subscribe(heard::add);
    }

    @AfterEach
    void close() {
        attached.close();
        server.close();
        lock.close();
    }

    @Test
    void eventsOfTheOwnedClusterArriveTyped() {
        await().atMost(Duration.ofSeconds(10)).until(() -> owned.subscribers > 0);

        owned.bus.publish(new ClusterEvent.InstanceLog(
                Instant.now(), HEROES, new LogLine(1, Instant.now(), false, "Started HeroesApplication")));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> heard.stream()
                        .anyMatch(e -> e instanceof ClusterEvent.InstanceLog log
                                && log.line().text().equals("Started HeroesApplication")));
        assertThat(attached.snapshot().state()).isEqualTo(ClusterState.RUNNING);
        assertThat(attached.logFile(HEROES)).isEqualTo(Path.of("/logs/heroes-service-1.log"));
    }

    @Test
    void closingTheControlApiEndsTheAttachment() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> owned.subscribers > 0);

        server.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> attached.ownerEnded().isDone());
        assertThat(attached.snapshot().state()).isEqualTo(ClusterState.STOPPED);
        assertThat(attached.start(TopologyPresets.load(TopologyPresets.DEFAULT), StartOptions.defaults())
                        .exceptionNow()
                        .getMessage())
                .contains("has ended");
    }

    /// The control actions of a process that runs `owned`.
    private record ServedActions(Cluster owned) implements ControlActions {
        @Override
        public ClusterStatus status() {
            return new ClusterStatus(true, "RUNNING", "t", "", 1, "", "", "", "", List.of(), List.of());
        }

        @Override
        public void stop() {}

        @Override
        public void instance(InstanceAction action, String instanceId) {}

        @Override
        public void scale(String serviceId, int count) {}

        @Override
        public void reset() {}

        @Override
        public Optional<Cluster> observedCluster() {
            return Optional.of(owned);
        }
    }

    /// A running cluster whose events the test publishes.
    private static final class ScriptedCluster implements Cluster {
        final EventBus bus = new EventBus();
        volatile int subscribers;

        @Override
        public Subscription subscribe(ClusterListener listener) {
            subscribers++;
            return bus.subscribe(
                    listener,
                    new ClusterEvent.ClusterStateChanged(
                            Instant.now(), ClusterState.RUNNING, ClusterState.RUNNING, "current state"));
        }

        @Override
        public ClusterSnapshot snapshot() {
            return ClusterSnapshot.stopped(Instant.now()).withState(ClusterState.RUNNING);
        }

        @Override
        public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
            return CompletableFuture.completedFuture(snapshot());
        }

        @Override
        public CompletableFuture<Void> stop() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> startInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> stopInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> restartInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> killInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> scale(String serviceId, int count) {
            return stop();
        }

        @Override
        public List<LogLine> recentLogs(InstanceId id) {
            return List.of();
        }

        @Override
        public Path logFile(InstanceId id) {
            return Path.of("/logs", id + ".log");
        }

        @Override
        public void close() {
            bus.close();
        }
    }
}
