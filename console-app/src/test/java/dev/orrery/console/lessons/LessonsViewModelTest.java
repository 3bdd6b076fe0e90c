package dev.orrery.console.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.requests.RequestJournal;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.TopologyException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A lesson start never stops a running cluster without asking, and never starts on a read-only registry.
class LessonsViewModelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Preferences node =
            Preferences.userRoot().node("dev/orrery/console-test/lessons-vm-" + UUID.randomUUID());
    private final UiPulse pulse = new UiPulse(Runnable::run, Duration.ofMillis(10));
    private final FakeGate gate = new FakeGate();
    private LessonsViewModel model;

    @TempDir
    Path data;

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            model.close();
        }
        pulse.close();
        node.removeNode();
    }

    @Test
    void asksBeforeStoppingTheClusterOrreryUpRuns() {
        gate.impact = new StartImpact.Confirm(
                "Starting lesson 1 stops the cluster 'orrery up' runs (pid 4242) and resets its data.");
        var model = loaded();

        model.start();

        assertThat(model.confirmationProperty().get())
                .isEqualTo("Starting lesson 1 stops the cluster 'orrery up' runs (pid 4242) and resets its data.");
        assertThat(model.startingProperty().get()).isFalse();
        model.cancelStart();
        assertThat(model.confirmationProperty().get()).isEmpty();
        assertThat(gate.stops.get()).as("Cancel stops nothing").isZero();
    }

    @Test
    void stopsOnlyAfterTheLearnerAgreed() {
        gate.impact = new StartImpact.Confirm("Starting lesson 1 stops the cluster this console runs.");
        var model = loaded();

        model.start();
        assertThat(gate.stops.get()).isZero();
        model.confirmStart();

        await().atMost(WAIT).until(() -> gate.stops.get() == 1);
        await().atMost(WAIT).until(() -> !model.startingProperty().get());
        assertThat(model.confirmationProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).contains("the test stops here");
    }

    @Test
    void refusesOnARemoteRegistryAndSaysWhy() {
        gate.impact = new StartImpact.Refused("The console is attached read-only to a remote registry.");
        var model = loaded();

        model.start();

        assertThat(model.statusProperty().get()).contains("read-only");
        assertThat(model.confirmationProperty().get()).isEmpty();
        assertThat(model.startingProperty().get()).isFalse();
        assertThat(gate.stops.get()).isZero();
    }

    private LessonsViewModel loaded() {
        model = new LessonsViewModel(
                stoppedCluster(),
                new DataFolder(data),
                new TokenShelf(),
                new RequestJournal(),
                new LessonProgress(node),
                preset -> {
                    throw new TopologyException(java.util.List.of());
                },
                gate,
                pulse);
        model.attach();
        await().atMost(WAIT)
                .until(() -> !model.lessons().isEmpty()
                        && !model.titleProperty().get().isEmpty());
        return model;
    }

    private static Cluster stoppedCluster() {
        return (Cluster) Proxy.newProxyInstance(
                Cluster.class.getClassLoader(), new Class<?>[] {Cluster.class}, (proxy, method, args) -> {
                    if (method.getName().equals("snapshot")) {
                        return ClusterSnapshot.stopped(Instant.now());
                    }
                    if (method.getName().equals("toString")) {
                        return "stopped cluster";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /// Counts the stops it was asked for.
    private static final class FakeGate implements LessonClusterGate {
        volatile StartImpact impact = new StartImpact.Free();
        final AtomicInteger stops = new AtomicInteger();

        @Override
        public StartImpact impact(int lesson) {
            return impact;
        }

        @Override
        public void stopForLesson() {
            stops.incrementAndGet();
            // Ends the start here: what follows (data reset, token shelf) needs a JavaFX toolkit this test has not.
            throw new IllegalStateException("the test stops here");
        }
    }
}
