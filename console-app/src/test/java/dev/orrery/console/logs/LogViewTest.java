package dev.orrery.console.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The logs view with a real (not started) runtime cluster; lines are fed as the cluster's events would bring them.
@ExtendWith(ApplicationExtension.class)
class LogViewTest {

    private Cluster cluster;
    private UiPulse pulse;
    private LogViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        var folder = Files.createTempDirectory("orrery-logs-test");
        cluster = Cluster.create(ClusterConfig.of(new DataFolder(folder), new ServiceDistribution(folder, false)));
        pulse = new UiPulse(Platform::runLater, Duration.ofMillis(50));
        model = new LogViewModel(cluster, pulse);
        var view = new LogView(model, new Selection());
        stage.setScene(new Scene(view.load(), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        pulse.close();
        cluster.close();
    }

    private void feed(String instance, String text) {
        model.accept(LogEntry.of(Instant.now(), instance, false, text));
    }

    /// Reads the view model on the JavaFX thread, where it changes.
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    private ListView<LogEntry> list(FxRobot robot) {
        return robot.lookup(".log-list").queryListView();
    }

    @Test
    void showsLinesAndFiltersByLevelSearchAndInstance(FxRobot robot) {
        feed("heroes-service-1", "2026-12-04T10:00:00.000Z  INFO 1 --- [heroes] [main] d.o.Heroes : Started");
        feed("heroes-service-2", "2026-12-04T10:00:01.000Z  WARN 2 --- [heroes] [main] d.o.Heroes : Slow start");
        feed("gateway", "2026-12-04T10:00:02.000Z ERROR 3 --- [gateway] [main] d.o.Gateway : No route");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> list(robot).getItems().size() == 3);

        robot.interact(() -> model.minimumLevelProperty().set(LogLevel.WARN));
        assertThat(list(robot).getItems())
                .extracting(LogEntry::instance)
                .containsExactly("heroes-service-2", "gateway");

        robot.interact(() -> model.minimumLevelProperty().set(LogLevel.TRACE));
        robot.clickOn(".text-field").write("route");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).extracting(LogEntry::instance).containsExactly("gateway");

        robot.doubleClickOn(".text-field").press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.interact(() -> model.instanceProperty().set("heroes-service-1"));
        assertThat(list(robot).getItems())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("d.o.Heroes : Started"));
    }

    @Test
    void anEmptyListForOneInstanceSaysSoAndHowToSeeAll(FxRobot robot) {
        robot.interact(() -> {
            model.runningProperty().set(true);
            model.instanceProperty().set("heroes-service-1");
        });
        javafx.scene.control.Label hint = robot.lookup(".empty-state-hint").query();

        assertThat(hint.getText())
                .isEqualTo("No lines of heroes-service-1 match the filters above; choose 'All instances' to see every"
                        + " instance.");
        robot.interact(() -> model.instanceProperty().set(LogViewModel.ALL));
        assertThat(hint.getText()).startsWith("The cluster runs");
    }

    @Test
    void pauseHoldsLinesUntilResumed(FxRobot robot) {
        robot.clickOn("Pause");
        feed("registry", "one");
        feed("registry", "two");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.waitingProperty().get() == 2);
        assertThat(list(robot).getItems()).isEmpty();

        robot.clickOn("Pause");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> list(robot).getItems().size() == 2);
        assertThat(model.waitingProperty().get()).isZero();
    }

    @Test
    void keepsAtMostTheNewestLines(FxRobot robot) throws Exception {
        var total = LogViewModel.MAX_LINES + 500;
        for (var i = 0; i < total; i++) {
            feed("heroes-service-1", "line " + i);
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> onFx(() -> !model.lines().isEmpty()
                        && model.lines().getLast().text().equals("line " + (total - 1))));
        assertThat(onFx(() -> model.lines().size())).isEqualTo(LogViewModel.MAX_LINES);
        assertThat(onFx(() -> model.lines().getFirst().text())).isEqualTo("line 500");
    }

    @Test
    void clearEmptiesTheViewAndShowsWhatToDo(FxRobot robot) {
        feed("registry", "hello");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> list(robot).getItems().size() == 1);

        robot.clickOn("Clear");

        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.lookup(".empty-state-title").queryLabeled().getText()).isEqualTo("No log lines");
        assertThat(robot.lookup(".empty-state").query().isVisible()).isTrue();
    }
}
