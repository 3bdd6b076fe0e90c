package dev.orrery.console.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The export dialog as the user sees it: the files of lesson 4's Kubernetes export, their text, secrets hidden,
/// and the files written to the chosen folder.
@ExtendWith(ApplicationExtension.class)
class ExportPreviewViewTest {

    @TempDir
    Path home;

    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    private ExportViewModel model;

    @Start
    void start(Stage stage) {
        model = new ExportViewModel(ExportFormat.KUBERNETES, "4-tokens.yaml", home.resolve("k8s"), BACKGROUND);
        stage.setScene(new Scene(new ExportPreviewView(model, "Lesson 4 · Tokens").build(stage::close)));
        stage.show();
    }

    /// Makes the export as the menu does, off the JavaFX thread, and waits for its files (hashing the users'
    /// passwords takes a few seconds on a busy machine).
    @BeforeEach
    void prepare(FxRobot robot) throws TimeoutException {
        robot.interact(model::prepare);
        WaitForAsyncUtils.waitFor(
                90, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void previewListsTheManifestsAndShowsTheSelectedOne(FxRobot robot) throws TimeoutException {
        ListView<?> files = robot.lookup("#export-files").queryAs(ListView.class);
        assertThat(files.getItems())
                .extracting(item -> ((PreviewFile) item).path())
                .contains("kustomization.yaml", "heroes-service.yaml", "mongodb.yaml", "token-keys-secret.yaml");
        assertThat(text(robot)).contains("kind: Kustomization");

        clickFile(robot, "heroes-service.yaml");

        assertThat(text(robot)).contains("kind: Deployment", "replicas: 2", "/actuator/health/readiness");
        assertThat(robot.lookup("#export-notes").queryAs(Label.class).getText()).contains("kubectl apply -k");
    }

    @Test
    void secretFilesAreMarkedAndNeverShown(FxRobot robot) throws TimeoutException {
        clickFile(robot, "token-keys-secret.yaml  (secret)");

        assertThat(text(robot)).startsWith("# Not shown").doesNotContain("data:");
    }

    @Test
    void writeFilesPutsThemInTheChosenFolder(FxRobot robot) throws Exception {
        var target = home.resolve("chosen");
        robot.interact(() -> model.folderProperty().set(target.toString()));

        robot.clickOn("#export-write");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("Wrote "));

        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
                .startsWith("Wrote ");
        assertThat(target.resolve("kustomization.yaml")).exists();
        assertThat(Files.readString(target.resolve("token-keys-secret.yaml"))).contains("kind: Secret");
    }

    /// Clicks a file in the list once its cell is shown (cells appear with the next layout pass).
    private static void clickFile(FxRobot robot, String label) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup(label).tryQuery().isPresent());
        robot.clickOn(label);
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#export-preview").queryAs(TextArea.class).getText();
    }
}
