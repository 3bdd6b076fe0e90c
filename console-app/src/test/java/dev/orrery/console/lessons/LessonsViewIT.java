package dev.orrery.console.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.requests.RequestJournal;
import dev.orrery.console.tokens.TestCluster;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyParser;
import dev.orrery.runtime.topology.TopologyPresets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Each lesson run for real, from its own preset: no step passes before its action, every step passes after it,
/// and the progress is kept.
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LessonsViewIT {

    private static final Duration NOT_BEFORE = Duration.ofSeconds(4);
    private static final Preferences NODE =
            Preferences.userRoot().node("dev/orrery/console-test/lessons-" + UUID.randomUUID());
    private static TestCluster cluster;

    private final UiPulse pulse = new UiPulse(Platform::runLater, Duration.ofMillis(20));
    private LessonsViewModel model;

    @BeforeAll
    static void createCluster() throws Exception {
        cluster =
                TestCluster.create(List.of("registry", "gateway", "heroes-service", "threats-service", "auth-service"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        NODE.removeNode();
    }

    @Start
    void start(Stage stage) {
        model = new LessonsViewModel(
                cluster.cluster(),
                cluster.dataFolder(),
                new TokenShelf(),
                new RequestJournal(),
                new LessonProgress(NODE),
                LessonsViewIT::presetOnFreePorts,
                new LessonClusterGate() {
                    @Override
                    public StartImpact impact(int lesson) {
                        return new StartImpact.Free();
                    }

                    @Override
                    public void stopForLesson() throws Exception {
                        cluster.cluster().stop().get(120, java.util.concurrent.TimeUnit.SECONDS);
                    }
                },
                pulse);
        model.attach();
        stage.setScene(new Scene(new LessonsView(model).load(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
        pulse.close();
    }

    @Test
    @Order(1)
    void lessonOneAssignsThroughTheFixedAddressAndFailsWithoutIt(FxRobot robot) {
        startLesson(robot, 1);

        actAndConfirm(robot, 0);
        actAndConfirm(robot, 1);

        assertThat(new LessonProgress(NODE).completed(1)).isTrue();
    }

    @Test
    @Order(2)
    void lessonTwoShowsTwoInstancesDisagreeing(FxRobot robot) {
        startLesson(robot, 2);
        awaitDone(0);

        actAndConfirm(robot, 1);

        assertThat(step(1).observation()).startsWith("they disagree");
    }

    @Test
    @Order(3)
    void lessonThreeShowsTheSameAnswerFromEveryInstance(FxRobot robot) {
        startLesson(robot, 3);

        actAndConfirm(robot, 0);
        awaitDone(1);

        assertThat(step(0).observation()).startsWith("they agree, with the new hero");
    }

    @Test
    @Order(4)
    void lessonFourRefusesWithoutATokenAndAcceptsWithOne(FxRobot robot) {
        startLesson(robot, 4);

        actAndConfirm(robot, 0);
        actAndConfirm(robot, 1);

        assertThat(new LessonProgress(NODE).completed(4)).isTrue();
        assertThat(new LessonProgress(NODE).completed(1))
                .as("progress of earlier lessons is kept")
                .isTrue();
    }

    /// The shipped preset with its fixed ports moved to free ones, so that the test does not depend on what else
    /// runs on this machine; lesson 1's configured address moves with heroes-service's port.
    static Topology presetOnFreePorts(String preset) throws TopologyException {
        var text = TopologyPresets.text(preset);
        Set<Integer> taken = new HashSet<>();
        for (var port : List.of(8761, 8080, 27017, 8081, 8082)) {
            var free = PortChecker.freePort(taken);
            taken.add(free);
            text = text.replaceAll("\\b" + port + "\\b", Integer.toString(free));
        }
        return new TopologyParser().parse(fewerInstances(preset, text), preset);
    }

    /// Keeps two heroes-service instances only where the lesson compares them (2 and 3), and one threats-service
    /// instance everywhere: the checks look at heroes only, and CI has two cores.
    private static String fewerInstances(String preset, String text) {
        var threatsOnce = text.replaceAll(
                "(?s)(threats-service:\\s*\\n\\s*kind: builtin\\s*\\n\\s*)instances: 2", "$1instances: 1");
        return preset.startsWith("4")
                ? threatsOnce.replaceAll(
                        "(?s)(heroes-service:\\s*\\n\\s*kind: builtin\\s*\\n\\s*)instances: 2", "$1instances: 1")
                : threatsOnce;
    }

    private void startLesson(FxRobot robot, int number) {
        await().atMost(Duration.ofSeconds(20)).until(() -> model.lessons().size() == 4);
        robot.interact(() -> model.selectedProperty().set(number));
        robot.clickOn("Start this lesson");
        await().atMost(Duration.ofSeconds(300))
                .until(() -> model.activeProperty().get()
                        || model.statusProperty().get().startsWith("The lesson could not start"));
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.activeProperty().get()).isTrue();
    }

    /// The step stays undone while nothing is done, then passes once its button did the action.
    private void actAndConfirm(FxRobot robot, int index) {
        await().during(NOT_BEFORE)
                .atMost(NOT_BEFORE.plusSeconds(5))
                .until(() -> step(index).state() != StepState.DONE);
        assertThat(step(index).state()).isEqualTo(StepState.CURRENT);

        robot.clickOn("#step-" + (index + 1) + " .button");

        awaitDone(index);
    }

    private void awaitDone(int index) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(step(index).state())
                        .as("step %d, last seen: %s", index + 1, step(index).observation())
                        .isEqualTo(StepState.DONE));
    }

    private StepItem step(int index) {
        return model.steps().get(index);
    }
}
