package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.topology.TopologyParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// Supervises real processes (a small Python web server per instance) without needing the sample services' jars.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandClusterIT {

    private static final Duration UP_TIMEOUT = Duration.ofSeconds(60);
    private static final InstanceId FIRST = InstanceId.of("web", 1);

    private static Path data;
    private static Cluster cluster;
    private static final List<ClusterEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        data = Files.createTempDirectory("orrery-it");
        cluster = Cluster.create(ClusterConfig.of(new DataFolder(data), new ServiceDistribution(data, false))
                .withStopTimeout(Duration.ofSeconds(5)));
        cluster.subscribe(events::add);
        var topology = new TopologyParser().parse("""
                name: web
                services:
                  web:
                    kind: command
                    command: python3 -u -m http.server {port} --bind 127.0.0.1
                    instances: 2
                    readiness: {http: /}
                    restart: {mode: on-failure, max-restarts: 3, backoff: {initial: 200ms, max: 1s}}
                """, "web.yaml");
        cluster.start(topology, StartOptions.defaults()).get(90, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopCluster() {
        ClusterTeardown.closeLeavingNothing(cluster);
    }

    @Test
    @Order(1)
    void everyInstanceIsUpWithPidPortAndLogFile() {
        var snapshot = cluster.snapshot();

        assertThat(snapshot.state()).isEqualTo(ClusterState.RUNNING);
        assertThat(snapshot.instances()).hasSize(2).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(InstanceState.UP);
            assertThat(i.pid()).isPresent();
            assertThat(i.port()).isPositive();
        });
        assertThat(events).anyMatch(e -> e instanceof ClusterEvent.StartProgress || isUp(e));
        assertThat(data.resolve("run").resolve("web-1.pid")).exists();
    }

    @Test
    @Order(2)
    void killedInstanceCrashesWithItsExitCodeAndIsRestarted() throws Exception {
        var before = cluster.snapshot().instance(FIRST).orElseThrow().pid().getAsLong();

        cluster.killInstance(FIRST).get(10, TimeUnit.SECONDS);

        await().atMost(UP_TIMEOUT)
                .until(() -> events.stream()
                        .anyMatch(e -> e
                                        instanceof
                                        ClusterEvent.InstanceStateChanged(
                                                var t,
                                                var id,
                                                var from,
                                                var to,
                                                var r,
                                                var code,
                                                var l)
                                && id.equals(FIRST)
                                && to == InstanceState.CRASHED
                                && code.orElse(0) == 137));
        await().atMost(UP_TIMEOUT).until(() -> {
            var instance = cluster.snapshot().instance(FIRST).orElseThrow();
            return instance.state() == InstanceState.UP && instance.restarts() == 1;
        });
        assertThat(cluster.snapshot().instance(FIRST).orElseThrow().pid().getAsLong())
                .isNotEqualTo(before);
        assertThat(ProcessHandle.of(before).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    @Order(3)
    void scalingAddsAndRemovesInstances() throws Exception {
        cluster.scale("web", 3).get(90, TimeUnit.SECONDS);
        assertThat(cluster.snapshot().component("web").orElseThrow().instances())
                .hasSize(3);

        var third = cluster.snapshot()
                .instance(InstanceId.of("web", 3))
                .orElseThrow()
                .pid()
                .getAsLong();
        cluster.scale("web", 2).get(30, TimeUnit.SECONDS);

        assertThat(cluster.snapshot().component("web").orElseThrow().instances())
                .hasSize(2);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(third).isEmpty()
                        || !ProcessHandle.of(third).get().isAlive());
    }

    @Test
    @Order(4)
    void takenPortStartsNothingAndNamesTheOwner() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                var other = Cluster.create(ClusterConfig.of(
                        new DataFolder(data.resolve("other")), new ServiceDistribution(data, false)))) {
            var topology = new TopologyParser().parse("""
                    services:
                      web:
                        kind: command
                        command: python3 -m http.server {port}
                        port: %d
                    """.formatted(taken.getLocalPort()), "taken.yaml");

            assertThatThrownBy(
                            () -> other.start(topology, StartOptions.defaults()).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ClusterStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (web) is in use by pid "
                            + ProcessHandle.current().pid());
            assertThat(other.snapshot().instances()).isEmpty();
            assertThat(other.snapshot().state()).isEqualTo(ClusterState.FAILED);
        } catch (dev.orrery.runtime.topology.TopologyException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(5)
    void stoppingLeavesNoProcessBehind() throws Exception {
        var pids = cluster.snapshot().instances().stream()
                .map(i -> i.pid().getAsLong())
                .toList();

        cluster.stop().get(30, TimeUnit.SECONDS);

        assertThat(cluster.snapshot().state()).isEqualTo(ClusterState.STOPPED);
        assertThat(pids)
                .isNotEmpty()
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                        .isEmpty());
        try (var pidFiles = Files.list(data.resolve("run"))) {
            assertThat(pidFiles).isEmpty();
        }
    }

    private static boolean isUp(ClusterEvent event) {
        return event instanceof ClusterEvent.InstanceStateChanged change && change.current() == InstanceState.UP;
    }
}
