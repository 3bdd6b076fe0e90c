package dev.orrery.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.topology.TopologyPresets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// A cluster started by `orrery up` in a child process (registry, gateway, one in-memory heroes-service instance),
/// attached to from this process: snapshot and events arrive, instance actions go through the control API, and
/// stopping it ends `orrery up`, which the attached cluster notices.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachedClusterIT {
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);

    private static Path data;
    private static Path output;
    private static Process up;
    private static AttachedCluster attached;
    private static final List<ClusterEvent> events = new CopyOnWriteArrayList<>();
    private static Subscription subscription = () -> {};
    private static final List<Long> clusterPids = new ArrayList<>();

    @BeforeAll
    static void startOrreryUp() throws Exception {
        data = Files.createTempDirectory("orrery-attach-it");
        var topology = data.resolveSibling(data.getFileName() + ".yaml");
        Files.writeString(topology, """
                name: attach-it
                registry:
                  port: %d
                gateway:
                  port: %d
                services:
                  heroes-service:
                    kind: builtin
                    instances: 1
                    storage: memory
                    restart:
                      mode: never
                """.formatted(freePort(), freePort()));
        output = data.resolveSibling(data.getFileName() + "-up.out");
        up = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        Path.of("target", "orrery.jar").toAbsolutePath().toString(),
                        "up",
                        "--data",
                        data.toString(),
                        "--topology",
                        topology.toString())
                .redirectOutput(output.toFile())
                .redirectErrorStream(true)
                .start();
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertThat(up.isAlive())
                            .as("orrery up runs; its output:%n%s", upOutput())
                            .isTrue();
                    return ControlClient.find(RunFiles.of(data), Duration.ofSeconds(5))
                            .map(c -> c.status().state().equals("RUNNING"))
                            .orElse(false);
                });
    }

    @AfterAll
    static void cleanUp() throws Exception {
        subscription.close();
        if (attached != null) {
            attached.close();
        }
        if (up != null && up.isAlive()) {
            up.destroyForcibly();
            up.waitFor(30, TimeUnit.SECONDS);
        }
        clusterPids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    @Order(1)
    void attachSeesTheSnapshotAndTheCurrentState() {
        attached = AttachedCluster.find(RunFiles.of(data)).orElseThrow();
        subscription = attached.subscribe(events::add);
        attached.snapshot().instances().forEach(i -> i.pid().ifPresent(clusterPids::add));

        assertThat(attached.ownerPid()).isEqualTo(up.pid());
        assertThat(attached.snapshot().state()).isEqualTo(ClusterState.RUNNING);
        assertThat(attached.snapshot().instance(HEROES).orElseThrow().state()).isEqualTo(InstanceState.UP);
        assertThat(attached.snapshot().topologyName()).contains("attach-it");
        await().atMost(Duration.ofSeconds(10)).until(() -> !events.isEmpty());
        assertThat(events.getFirst()).isInstanceOf(ClusterEvent.ClusterStateChanged.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> attached.snapshot()
                        .registry()
                        .application("heroes-service")
                        .isPresent());
    }

    @Test
    @Order(2)
    void killThroughTheAttachedClusterIsSeenAsAnEventAndInTheSnapshot() throws Exception {
        attached.killInstance(HEROES).get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> events.stream()
                        .anyMatch(e -> e instanceof ClusterEvent.InstanceStateChanged changed
                                && changed.instance().equals(HEROES)
                                && changed.current() == InstanceState.CRASHED));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> attached.snapshot()
                        .instance(HEROES)
                        .map(i -> i.state() == InstanceState.CRASHED)
                        .orElse(false));
        assertThat(attached.snapshot().state()).isEqualTo(ClusterState.DEGRADED);
    }

    @Test
    @Order(3)
    void startInstanceBringsItBackUp() throws Exception {
        attached.startInstance(HEROES).get(120, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(90))
                .until(() -> attached.snapshot()
                        .instance(HEROES)
                        .map(i -> i.state() == InstanceState.UP)
                        .orElse(false));
        attached.snapshot()
                .instance(HEROES)
                .flatMap(i -> Optional.of(i.pid()))
                .ifPresent(p -> p.ifPresent(clusterPids::add));
        assertThat(attached.recentLogs(HEROES)).isNotEmpty();
        assertThat(attached.logFile(HEROES)).isEqualTo(data.resolve("logs").resolve("heroes-service-1.log"));
    }

    @Test
    @Order(4)
    void startingAnotherTopologyFailsNamingOrreryUp() throws Exception {
        var start = attached.start(
                TopologyPresets.load(TopologyPresets.DEFAULT), dev.orrery.runtime.cluster.StartOptions.defaults());

        assertThat(start).isCompletedExceptionally();
        assertThat(start.exceptionNow().getMessage())
                .contains("'orrery up' (pid " + up.pid() + ")")
                .contains("orrery down");
    }

    @Test
    @Order(5)
    void stopEndsOrreryUpAndTheAttachedClusterSaysSo() throws Exception {
        attached.stop().get(120, TimeUnit.SECONDS);

        assertThat(up.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(up.exitValue()).as(upOutput()).isZero();
        assertThat(attached.ownerEnded()).isCompleted();
        assertThat(attached.snapshot().state()).isEqualTo(ClusterState.STOPPED);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> events.stream()
                        .anyMatch(e -> e instanceof ClusterEvent.ClusterStateChanged changed
                                && changed.current() == ClusterState.STOPPED
                                && changed.message().contains("ended")));
        clusterPids.forEach(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .as("process %d", pid)
                .isNotEqualTo(Optional.of(true)));
    }

    private static String upOutput() throws IOException {
        return Files.readString(output);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
