package dev.orrery.console.timeline;

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
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// The view model on a cluster seen through its events, as the console's own or an attached one delivers them.
class TimelineViewModelTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);

    private final AtomicInteger batches = new AtomicInteger();
    private final UiPulse pulse = new UiPulse(
            batch -> {
                batches.incrementAndGet();
                batch.run();
            },
            Duration.ofMillis(100));
    private final TimelineViewModel model = new TimelineViewModel(pausedHeroes(), pulse, () -> T0.plusSeconds(60));

    @AfterEach
    void close() {
        model.close();
        pulse.close();
    }

    @Test
    void attachingToARunningClusterShowsAFaultThatWasAlreadyOn() {
        model.onEvent(new ClusterEvent.ClusterStateChanged(
                T0, ClusterState.RUNNING, ClusterState.RUNNING, "attached to 'orrery up' (pid 42)"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !model.pictureProperty().get().quiet());
        var span = model.pictureProperty().get().spans().getFirst();
        assertThat(span.label()).isEqualTo("paused");
        assertThat(span.start()).isEqualTo(T0);
        assertThat(span.open()).isTrue();
        assertThat(model.pictureProperty().get().now()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aBurstOfEventsReachesTheViewAsAFewPicturesNotOnePerEvent() {
        var pictures = new AtomicInteger();
        model.pictureProperty().addListener(o -> pictures.incrementAndGet());

        for (var i = 0; i < 2_000; i++) {
            var active = i % 2 == 0 ? new ActiveFaults(true, 0, 0) : ActiveFaults.NONE;
            Fault fault = i % 2 == 0 ? new Fault.Pause(HEROES) : new Fault.Resume(HEROES);
            model.onEvent(new ClusterEvent.FaultInjected(T0.plusMillis(i), HEROES, fault, active));
        }
        model.onEvent(new ClusterEvent.InstanceStateChanged(
                T0.plusSeconds(3),
                HEROES,
                InstanceState.UP,
                InstanceState.CRASHED,
                "exited with code 137",
                OptionalInt.of(137),
                List.of()));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.pictureProperty().get().spans().stream()
                        .anyMatch(s -> s.label().equals("crashed")));
        assertThat(pictures.get()).isLessThan(50);
        assertThat(batches.get()).isLessThan(50);
    }

    @Test
    void logLinesAndTrafficChangeNothing() {
        var done = new AtomicBoolean();
        model.onEvent(new ClusterEvent.TrafficAggregated(T0, List.of()));
        pulse.post(() -> done.set(true));

        await().atMost(Duration.ofSeconds(10)).untilTrue(done);
        assertThat(model.pictureProperty().get()).isEqualTo(TimelinePicture.empty());
    }

    private static Cluster pausedHeroes() {
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
        var stopped = ClusterSnapshot.stopped(T0);
        var running = new ClusterSnapshot(
                T0,
                ClusterState.RUNNING,
                Optional.of("small"),
                List.of(new ComponentSnapshot(
                        "heroes-service", ComponentKind.SERVICE, 1, List.of(), List.of(instance))),
                stopped.registry(),
                List.of(),
                Optional.empty(),
                stopped.addresses());
        return (Cluster) Proxy.newProxyInstance(
                Cluster.class.getClassLoader(), new Class<?>[] {Cluster.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "snapshot" -> running;
                        case "activeFaults" -> Map.of(HEROES, new ActiveFaults(true, 0, 0));
                        case "toString" -> "attached cluster";
                        case "hashCode" -> 1;
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
