package dev.orrery.console.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Tokens view without a running cluster: issuing, spoiling and decoding need only the cluster's keys.
@ExtendWith(ApplicationExtension.class)
class TokensViewTest {

    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final UiPulse pulse = new UiPulse(Platform::runLater, Duration.ofMillis(20));
    private Cluster cluster;
    private TokensViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("orrery-tokens-test");
        cluster = Cluster.create(ClusterConfig.of(new DataFolder(data), new ServiceDistribution(data, false)));
        model = new TokensViewModel(cluster, new DataFolder(data), new TokenShelf(), pulse, background);
        stage.setScene(new Scene(new TokensView(model).load(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        pulse.close();
        background.shutdownNow();
        cluster.close();
    }

    @Test
    void eachBadTokenIsDecodedWithTheProblemItWasMadeFor(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.readyProperty().get());

        for (var choice : model.badChoices()) {
            robot.clickOn("Make it bad");
            robot.clickOn(choice.title() + " — " + choice.how());

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(problemTexts(robot)).anyMatch(p -> p.startsWith(choice.refusedAs())));
            assertThat(text(robot, ".verdict")).startsWith("Refused");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.tokens()).hasSize(model.badChoices().size());
    }

    @Test
    void anIssuedTokenIsValidAndExplained(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.readyProperty().get());

        robot.clickOn("Issue");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(text(robot, ".verdict")).startsWith("Valid"));
        assertThat(robot.lookup(".claim-meaning").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("who it speaks for: the user that logged in");
        assertThat(model.shelf().current()).isPresent();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tokenTable .table-row-cell .table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .contains("student", "issued");
    }

    @Test
    void badInputIsExplainedInTheView(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.readyProperty().get());

        robot.interact(() -> model.lifetimeProperty().set("soon"));
        robot.clickOn("Issue");
        assertThat(model.problemProperty().get()).contains("cannot read the duration 'soon'");

        robot.interact(() -> model.decoder().inputProperty().set("not.a-token"));
        assertThat(problemTexts(robot)).anyMatch(p -> p.startsWith("Malformed"));
    }

    private static java.util.List<String> problemTexts(FxRobot robot) {
        return robot.lookup(".problem").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
