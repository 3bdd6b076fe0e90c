package dev.orrery.console.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.ui.UiPulse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The Tokens view against real services: auth-service and one secured heroes-service instance.
@ExtendWith(ApplicationExtension.class)
class TokensViewIT {

    private static TestCluster cluster;

    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final UiPulse pulse = new UiPulse(Platform::runLater, Duration.ofMillis(20));
    private TokensViewModel model;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start("""
                name: tokens-it
                security:
                  enabled: true
                services:
                  auth-service: {instances: 1}
                  heroes-service: {instances: 1, storage: memory}
                """, List.of("auth-service", "heroes-service"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Start
    void start(Stage stage) {
        model = new TokensViewModel(cluster.cluster(), cluster.dataFolder(), new TokenShelf(), pulse, background);
        stage.setScene(new Scene(new TokensView(model).load(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        pulse.close();
        background.shutdownNow();
    }

    @Test
    void everyBadTokenIsFlaggedAndRefusedByTheServiceWith401(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.readyProperty().get());

        for (var choice : model.badChoices()) {
            robot.clickOn("Make it bad");
            robot.clickOn(choice.title() + " — " + choice.how());
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(problems(robot)).anyMatch(p -> p.startsWith(choice.refusedAs())));

            robot.clickOn("Send it to heroes-service");

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(model.trial().resultProperty().get())
                                    .as(choice.title())
                                    .contains("→ 401"));
        }
    }

    @Test
    void aStudentLogsInAndTheServiceAcceptsTheToken(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.readyProperty().get());
        robot.interact(() -> model.login().userProperty().set("student"));

        robot.clickOn("Log in");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> model.shelf().current().isPresent());
        assertThat(model.login().steps())
                .singleElement()
                .satisfies(step -> assertThat(step.ok()).isTrue());
        // The decoder checks the new token's signature off the JavaFX thread; the verdict follows a moment later.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(text(robot, ".verdict")).startsWith("Valid"));
        robot.clickOn("Send it to heroes-service");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(model.trial().resultProperty().get()).contains("→ 200"));
    }

    @Test
    void theAdminNeedsTheOneTimeCodeShownByTheConsole(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.readyProperty().get());
        robot.clickOn("Second factor");
        assertThat(model.secondFactor().codeProperty().get()).matches("\\d{6}");

        robot.clickOn("Walk through the admin's login");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> model.login().codeNeededProperty().get());
        assertThat(model.shelf().current()).isEmpty();
        robot.interact(() -> model.login().sendCode());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> model.shelf().current().isPresent());
        assertThat(model.login().steps())
                .hasSize(2)
                .allSatisfy(step -> assertThat(step.ok()).isTrue());
        assertThat(model.decoder().validProperty().get()).isTrue();
    }

    private static List<String> problems(FxRobot robot) {
        return robot.lookup(".problem").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
