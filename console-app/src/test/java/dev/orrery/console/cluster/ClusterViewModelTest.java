package dev.orrery.console.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// The crash banner says what an exit means, once, and goes away when it no longer applies.
class ClusterViewModelTest {

    private final UiPulse pulse = new UiPulse(Runnable::run, Duration.ofMillis(10));
    private final ClusterViewModel model = new ClusterViewModel(fakeCluster(), pulse);

    @AfterEach
    void close() {
        model.close();
        pulse.close();
    }

    @Test
    void saysWhatExit137MeansWithoutRepeatingTheCode() {
        model.onEvent(crashed("heroes-service-1", 137));

        assertThat(headline()).isEqualTo("heroes-service-1 crashed: killed (SIGKILL, exit 137)");
    }

    @Test
    void anInstanceTheUserKilledWasKilledNotCrashed() {
        model.kill("heroes-service-1");
        model.onEvent(crashed("heroes-service-1", 137));

        assertThat(headline()).isEqualTo("heroes-service-1 was killed (SIGKILL, exit 137)");
        model.onEvent(crashed("heroes-service-1", 143));
        assertThat(headline()).isEqualTo("heroes-service-1 crashed: stopped (SIGTERM, exit 143)");
    }

    @Test
    void theBannerGoesWhenTheInstanceIsUpAgain() {
        model.onEvent(crashed("heroes-service-1", 137));
        model.onEvent(changed("threats-service-1", InstanceState.UP));
        assertThat(settled().crashProperty().get())
                .as("another instance's recovery")
                .isPresent();

        model.onEvent(changed("heroes-service-1", InstanceState.UP));

        assertThat(settled().crashProperty().get()).isEmpty();
    }

    @Test
    void theBannerGoesWhenAClusterStartsOrStops() {
        model.onEvent(crashed("heroes-service-1", 1));
        model.onEvent(new ClusterEvent.ClusterStateChanged(
                Instant.now(), ClusterState.DEGRADED, ClusterState.STOPPING, "stopping"));
        assertThat(settled().crashProperty().get()).isEmpty();

        model.onEvent(crashed("heroes-service-1", 1));
        model.onEvent(new ClusterEvent.ClusterStateChanged(
                Instant.now(), ClusterState.STOPPED, ClusterState.STARTING, "starting"));
        assertThat(settled().crashProperty().get()).isEmpty();
    }

    @Test
    void theBannerSaysWhenTheRestartPolicyStartsTheInstanceAgain() {
        model.onEvent(crashed("heroes-service-1", 1));
        assertThat(settled().crashProperty().get())
                .hasValueSatisfying(n -> assertThat(n.restarting()).isFalse());

        model.onEvent(new ClusterEvent.InstanceStateChanged(
                Instant.now(),
                InstanceId.parse("heroes-service-1"),
                InstanceState.CRASHED,
                InstanceState.STARTING,
                "restart 1 by its policy",
                OptionalInt.empty(),
                List.of()));

        assertThat(settled().crashProperty().get())
                .hasValueSatisfying(n -> assertThat(n.restarting()).isTrue());
    }

    @Test
    void withoutAClusterTheCaptionSaysHowToStartOne() {
        model.refresh();

        assertThat(settled().captionProperty().get())
                .isEqualTo("No cluster running: pick a topology above and press Start cluster (F5)");
    }

    /// The model once every update posted so far reached it.
    private ClusterViewModel settled() {
        var done = new AtomicBoolean();
        pulse.post(() -> done.set(true));
        await().atMost(Duration.ofSeconds(30)).untilTrue(done);
        return model;
    }

    private String headline() {
        return settled().crashProperty().get().orElseThrow().headline();
    }

    private static ClusterEvent crashed(String id, int exit) {
        return new ClusterEvent.InstanceStateChanged(
                Instant.now(),
                InstanceId.parse(id),
                InstanceState.UP,
                InstanceState.CRASHED,
                "exited with code " + exit,
                OptionalInt.of(exit),
                List.of("last line"));
    }

    private static ClusterEvent changed(String id, InstanceState state) {
        return new ClusterEvent.InstanceStateChanged(
                Instant.now(), InstanceId.parse(id), InstanceState.STARTING, state, "", OptionalInt.empty(), List.of());
    }

    /// An empty answer for the queries this test does not care about (e.g. the active faults).
    private static Object emptyOf(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == java.util.Map.class) {
            return java.util.Map.of();
        }
        if (type == java.util.Set.class) {
            return java.util.Set.of();
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.empty();
        }
        throw new UnsupportedOperationException(type.getName());
    }

    private static Cluster fakeCluster() {
        return (Cluster) Proxy.newProxyInstance(
                Cluster.class.getClassLoader(), new Class<?>[] {Cluster.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "snapshot" -> ClusterSnapshot.stopped(Instant.now());
                        case "killInstance", "stopInstance", "startInstance", "restartInstance" ->
                            CompletableFuture.completedFuture(null);
                        case "toString" -> "fake cluster";
                        case "hashCode" -> 1;
                        case "equals" -> proxy == args[0];
                        default -> emptyOf(method.getReturnType());
                    };
                });
    }
}
