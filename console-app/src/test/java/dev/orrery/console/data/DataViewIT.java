package dev.orrery.console.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.requests.RequestJournal;
import dev.orrery.console.requests.RequestsView;
import dev.orrery.console.requests.RequestsViewModel;
import dev.orrery.console.tokens.TestCluster;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The Data view against a real database and one heroes-service instance storing there; the document is created
/// through the Requests view, as a learner would.
@ExtendWith(ApplicationExtension.class)
class DataViewIT {

    private static TestCluster cluster;

    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final UiPulse pulse = new UiPulse(Platform::runLater, Duration.ofMillis(20));
    private RequestsViewModel requests;
    private DataViewModel data;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start("""
                name: data-it
                database: {engine: java, port: %d}
                services:
                  heroes-service: {instances: 1, storage: mongo}
                """, List.of("heroes-service"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Start
    void start(Stage stage) {
        var shelf = new TokenShelf();
        requests = new RequestsViewModel(cluster.cluster(), shelf, new RequestJournal(), pulse, background);
        requests.attach();
        data = new DataViewModel(cluster.cluster(), shelf, pulse);
        var tabs = new TabPane(
                new Tab("Requests", new RequestsView(requests).load()), new Tab("Data", new DataView(data).load()));
        stage.setScene(new Scene(tabs, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        requests.close();
        data.close();
        pulse.close();
        background.shutdownNow();
    }

    @Test
    void aHeroCreatedThroughTheRequestsViewIsListedInTheDatabase(FxRobot robot) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !requests.targets().isEmpty());
        robot.interact(() -> {
            requests.methodProperty().set("POST");
            requests.pathProperty().set("/heroes");
            requests.bodyProperty().set("{\"type\": \"bolt-rabbit\", \"displayName\": \"Zip\", \"powers\": [1]}");
        });
        robot.clickOn("Send");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> requests.statusProperty().get() == 201);

        robot.clickOn("Data");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(data.modeProperty().get()).isEqualTo(DataMode.DATABASE);
            assertThat(data.collections()).anyMatch(c -> c.name().equals("heroes"));
            assertThat(data.documentsProperty().get()).contains("\"displayName\": \"Zip\"");
        });
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anyMatch(cell -> String.valueOf(cell.getText()).contains("heroes"));
    }
}
