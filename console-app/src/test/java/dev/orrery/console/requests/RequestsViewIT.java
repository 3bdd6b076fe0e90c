package dev.orrery.console.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.tokens.TestCluster;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
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

/// The Requests view against a registry, a gateway and two heroes-service instances.
@ExtendWith(ApplicationExtension.class)
class RequestsViewIT {

    private static TestCluster cluster;

    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final UiPulse pulse = new UiPulse(Platform::runLater, Duration.ofMillis(20));
    private RequestsViewModel model;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start("""
                name: requests-it
                registry: {}
                gateway: {retries: 3}
                services:
                  heroes-service: {instances: 2, storage: memory}
                """, List.of("registry", "gateway", "heroes-service"));
        awaitGatewayRoutesToBothInstances();
    }

    /// The start completes when every instance is UP; the gateway learns of the second one within its next
    /// registry fetch and balancer refresh, a second or two later.
    private static void awaitGatewayRoutesToBothInstances() {
        var gateway = cluster.cluster()
                .snapshot()
                .component("gateway")
                .orElseThrow()
                .instances()
                .getFirst()
                .url();
        var http = HttpClient.newHttpClient();
        var servedBy = new HashSet<String>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var answer = http.send(
                    HttpRequest.newBuilder(URI.create(gateway + "/heroes")).build(),
                    HttpResponse.BodyHandlers.discarding());
            answer.headers().firstValue("X-Served-By").ifPresent(servedBy::add);
            return servedBy.size() == 2;
        });
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Start
    void start(Stage stage) {
        model = new RequestsViewModel(cluster.cluster(), new TokenShelf(), new RequestJournal(), pulse, background);
        model.attach();
        stage.setScene(new Scene(new RequestsView(model).load(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
        pulse.close();
        background.shutdownNow();
    }

    @Test
    void aRequestThroughTheGatewayShowsWhichInstanceServedIt(FxRobot robot) {
        await().atMost(Duration.ofSeconds(20)).until(() -> model.targets().size() == 3);
        assertThat(model.targetProperty().get().gateway()).isTrue();

        robot.clickOn("Send");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> model.statusProperty().get() == 200);
        assertThat(robot.lookup(".served-by").queryAs(Label.class).getText()).startsWith("X-Served-By: heroes-service");
        assertThat(model.replyHeadersProperty().get()).startsWithIgnoringCase("X-Served-By: heroes-service");
        assertThat(model.history())
                .first()
                .satisfies(h -> assertThat(h.outcome()).startsWith("200 OK"));
    }

    @Test
    void repeatsShowThatTwoInstancesAnswer(FxRobot robot) {
        await().atMost(Duration.ofSeconds(20)).until(() -> model.targets().size() == 3);

        robot.clickOn("Repeat");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !model.repeatSummaryProperty().get().isEmpty());
        assertThat(model.repeatSummaryProperty().get())
                .contains("10 requests · status 200 ×10")
                .containsPattern("heroes-service[^,]*×\\d+, heroes-service[^,]*×\\d+");
    }

    @Test
    void aBadPathIsExplainedInTheView(FxRobot robot) {
        await().atMost(Duration.ofSeconds(20)).until(() -> model.targets().size() == 3);
        robot.interact(() -> model.pathProperty().set("heroes please"));

        robot.clickOn("Send");

        assertThat(model.problemProperty().get()).startsWith("Path:");
    }
}
