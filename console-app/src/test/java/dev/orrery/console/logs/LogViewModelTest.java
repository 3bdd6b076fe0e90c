package dev.orrery.console.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.ComponentSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.LogLine;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// Following a cluster that already runs (one 'orrery up' started) shows what its instances wrote before.
class LogViewModelTest {

    private static final Instant T0 = Instant.parse("2026-12-04T19:00:00Z");
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);

    private final UiPulse pulse = new UiPulse(Runnable::run, Duration.ofMillis(10));
    private final LogViewModel model = new LogViewModel(runningCluster(), pulse);

    @AfterEach
    void close() {
        model.close();
        pulse.close();
    }

    @Test
    void loadsRecentLinesWhenItStartsFollowingARunningCluster() {
        model.onEvent(new ClusterEvent.ClusterStateChanged(
                Instant.now(), ClusterState.RUNNING, ClusterState.RUNNING, "attached to 'orrery up' (pid 42)"));

        settled();
        assertThat(model.visibleLines()).extracting(LogEntry::text).containsExactly("Started", "Listening on 8081");
        assertThat(model.runningProperty().get()).isTrue();
    }

    @Test
    void aStateChangeOfTheSameClusterLoadsNothingAgain() {
        model.onEvent(new ClusterEvent.ClusterStateChanged(
                Instant.now(), ClusterState.STARTING, ClusterState.RUNNING, "running"));

        settled();
        assertThat(model.visibleLines()).isEmpty();
        assertThat(model.runningProperty().get()).isTrue();
    }

    private void settled() {
        var done = new AtomicBoolean();
        pulse.post(() -> pulse.post(() -> done.set(true)));
        await().atMost(Duration.ofSeconds(30)).untilTrue(done);
    }

    private static Cluster runningCluster() {
        var instance = new InstanceSnapshot(
                HEROES,
                ComponentKind.SERVICE,
                InstanceState.UP,
                8081,
                "http://127.0.0.1:8081",
                "heroes-service:127.0.0.1:8081",
                OptionalLong.of(42),
                Optional.empty(),
                Optional.empty(),
                0,
                OptionalLong.empty(),
                OptionalInt.empty());
        var snapshot = ClusterSnapshot.stopped(T0).withState(ClusterState.RUNNING);
        var running = new ClusterSnapshot(
                T0,
                ClusterState.RUNNING,
                Optional.of("tokens"),
                List.of(new ComponentSnapshot(
                        "heroes-service", ComponentKind.SERVICE, 1, List.of(), List.of(instance))),
                snapshot.registry(),
                List.of(),
                Optional.empty(),
                snapshot.addresses());
        var lines = List.of(
                new LogLine(2, T0.plusSeconds(2), false, "Listening on 8081"),
                new LogLine(1, T0.plusSeconds(1), false, "Started"));
        return (Cluster) Proxy.newProxyInstance(
                Cluster.class.getClassLoader(), new Class<?>[] {Cluster.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "snapshot" -> running;
                        case "recentLogs" -> HEROES.equals(args[0]) ? lines : List.of();
                        case "toString" -> "running cluster";
                        case "hashCode" -> 1;
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
