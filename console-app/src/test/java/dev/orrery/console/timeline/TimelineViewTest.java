package dev.orrery.console.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.shell.Appearance;
import dev.orrery.console.shell.ConsolePreferences;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The timeline view with a real (not started) runtime cluster; events are fed as the cluster would publish them.
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);
    private static final InstanceId GATEWAY = InstanceId.single("gateway");

    private final Instant t0 = Instant.now().minusSeconds(120);
    private Cluster cluster;
    private UiPulse pulse;
    private TimelineViewModel model;
    private Preferences preferences;

    @Start
    void start(Stage stage) throws Exception {
        var folder = Files.createTempDirectory("orrery-timeline-test");
        cluster = Cluster.create(ClusterConfig.of(new DataFolder(folder), new ServiceDistribution(folder, false)));
        pulse = new UiPulse(Platform::runLater, Duration.ofMillis(50));
        model = new TimelineViewModel(cluster, pulse);
        preferences = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
        var root = new TimelineView(model, new Selection()).load();
        new Appearance(new ConsolePreferences(preferences)).applyTo(root);
        stage.setScene(new Scene(root, 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        pulse.close();
        cluster.close();
        preferences.removeNode();
    }

    @Test
    void explainsHowToInjectAFaultWhileNothingIsBroken(FxRobot robot) throws Exception {
        feed(
                new ClusterEvent.ClusterStateChanged(t0, ClusterState.STARTING, ClusterState.RUNNING, "running"),
                state(1, HEROES, InstanceState.STARTING, InstanceState.UP, "ready"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> onFx(
                        () -> robot.lookup("#lane-heroes-service-1").tryQuery().isPresent()));
        assertThat(onFx(() ->
                        robot.lookup(".timeline-hint").queryAs(Label.class).isVisible()))
                .isTrue();
        assertThat(onFx(() ->
                        robot.lookup(".timeline-hint").queryAs(Label.class).getText()))
                .contains("Chaos");
    }

    @Test
    void showsFaultsAndOutagesAsSpansAndTheirStoryWhenClicked(FxRobot robot) throws Exception {
        feed(
                new ClusterEvent.ClusterStateChanged(t0, ClusterState.STARTING, ClusterState.RUNNING, "running"),
                state(1, GATEWAY, InstanceState.STARTING, InstanceState.UP, "ready"),
                state(1, HEROES, InstanceState.STARTING, InstanceState.UP, "ready"),
                new ClusterEvent.FaultInjected(
                        t0.plusSeconds(10), HEROES, new Fault.Slow(HEROES, 800), new ActiveFaults(false, 800, 0)),
                new ClusterEvent.FaultInjected(
                        t0.plusSeconds(30), HEROES, new Fault.Pause(HEROES), new ActiveFaults(true, 800, 0)),
                new ClusterEvent.FaultHealed(t0.plusSeconds(60), HEROES, new ActiveFaults(true, 800, 0)),
                new ClusterEvent.FaultInjected(t0.plusSeconds(70), GATEWAY, new Fault.Kill(GATEWAY), ActiveFaults.NONE),
                state(70, GATEWAY, InstanceState.UP, InstanceState.CRASHED, "exited with code 137"),
                state(71, GATEWAY, InstanceState.CRASHED, InstanceState.STARTING, "restart 1 of at most 3"),
                state(80, GATEWAY, InstanceState.STARTING, InstanceState.UP, "ready"));

        await().atMost(Duration.ofSeconds(10)).until(() -> spanTexts(robot).size() == 5);
        assertThat(spanTexts(robot))
                .containsExactlyInAnyOrder("slow +800 ms", "paused", "killed", "crashed", "restarting");
        assertThat(onFx(() -> robot.lookup(".timeline-marker").queryAll().size()))
                .isEqualTo(1);
        assertThat(onFx(() ->
                        robot.lookup(".timeline-hint").queryAs(Label.class).isVisible()))
                .isFalse();
        assertThat(onFx(() -> robot.lookup("#timeline-events")
                        .queryAs(TableView.class)
                        .getItems()
                        .size()))
                .isEqualTo(10);

        robot.clickOn(onFx(() -> span(robot, "paused")));
        var detail =
                onFx(() -> robot.lookup(".timeline-detail").queryAs(Label.class).getText());
        assertThat(detail)
                .contains("heroes-service-1 · paused")
                .contains(TimelineText.exact(t0.plusSeconds(30)) + " → " + TimelineText.exact(t0.plusSeconds(60)))
                .contains("(30.0 s)")
                .contains("ended: healed: paused, slow 800 ms");
        robot.clickOn("#timeline-window-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> spanTexts(robot).size() == 3);
        assertThat(spanTexts(robot))
                .as("only what reaches into the last minute")
                .contains("killed");

        var png = java.nio.file.Path.of("target", "timeline-view-test.png");
        var image = onFx(() -> robot.window(0).getScene().snapshot(null));
        dev.orrery.console.selftest.PngFile.write(image, png);
    }

    private List<String> spanTexts(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".timeline-chart .timeline-span").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList());
    }

    private static Node span(FxRobot robot, String text) {
        return robot.lookup(".timeline-chart .timeline-span")
                .match((Label l) -> l.getText().equals(text))
                .query();
    }

    private void feed(ClusterEvent... events) {
        for (var event : events) {
            model.onEvent(event);
        }
    }

    private ClusterEvent state(long second, InstanceId id, InstanceState from, InstanceState to, String why) {
        return new ClusterEvent.InstanceStateChanged(
                t0.plusSeconds(second), id, from, to, why, OptionalInt.empty(), List.of());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
