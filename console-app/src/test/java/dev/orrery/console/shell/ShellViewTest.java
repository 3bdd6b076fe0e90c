package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private final Preferences node = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
    private final ShellViewModel model = new ShellViewModel();
    private final RecordingActions actions = new RecordingActions();
    private Appearance appearance;
    private ShellView shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        appearance = new Appearance(new ConsolePreferences(node));
        var views = new EnumMap<ViewId, Node>(ViewId.class);
        for (var id : ViewId.values()) {
            var field = new TextField(id.title() + " content");
            field.setId("content-" + id.fileName());
            views.put(id, new VBox(field));
        }
        var menu = new ShellMenu(model, actions, appearance, () -> stage);
        shell = new ShellView(model, appearance, views, menu);
        var scene = new Scene(shell.load(), 1280, 800);
        appearance.applyTo(scene.getRoot());
        menu.installShortcuts(scene, shell);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void sideBarSwitchesViewsByClickAndShortcut(FxRobot robot) {
        robot.clickOn("#nav-routing");
        assertThat(shownViews(robot)).containsExactly("content-routing");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(shownViews(robot)).containsExactly("content-logs");
    }

    @Test
    void aViewShownBeforeStaysInTheWindowHiddenSoItsStylesAreNotComputedAgain(FxRobot robot) {
        robot.clickOn("#nav-routing");
        var routing = robot.lookup("#content-routing").query();
        robot.clickOn("#nav-logs");

        assertThat(routing.getScene()).as("the routing view, hidden").isNotNull();
        assertThat(routing.getParent().isVisible()).isFalse();
        assertThat(routing.getParent().isManaged()).as("laid out though hidden").isFalse();
        robot.clickOn("#nav-routing");
        assertThat(shownViews(robot)).containsExactly("content-routing");
    }

    @Test
    void aHiddenViewNeitherKeepsNorTakesTheFocus(FxRobot robot) {
        robot.clickOn("#nav-routing");
        robot.clickOn("#content-routing");
        assertThat(robot.lookup("#content-routing").query().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedView(robot)).as("focus after the switch").isNotEqualTo("content-routing");
        for (int tab = 0; tab < 40; tab++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(focusedView(robot)).as("focus after %d tabs", tab + 1).isIn("", "content-logs");
        }
    }

    /// The ids of the views in the window that show now (visible and laid out).
    private static List<String> shownViews(FxRobot robot) {
        var content = robot.lookup(".content").queryAs(StackPane.class);
        return content.getChildren().stream()
                .filter(view -> view.isVisible() && view.isManaged())
                .map(view ->
                        ((Parent) view).getChildrenUnmodifiable().getFirst().getId())
                .toList();
    }

    /// The id of the view field that has the focus, or empty when the focus is elsewhere (side bar, header).
    private static String focusedView(FxRobot robot) {
        var owner = robot.targetWindow().getScene().getFocusOwner();
        return owner == null || owner.getId() == null || !owner.getId().startsWith("content-") ? "" : owner.getId();
    }

    @Test
    void startIsDisabledAndSaysWhyUntilATopologyIsChosen(FxRobot robot) {
        var start = robot.lookup(".header .button")
                .match(b -> "Start cluster".equals(((Button) b).getText()))
                .queryButton();
        assertThat(start.isDisabled()).isTrue();
        assertThat(tooltipOf(start.getParent())).contains("open a topology file");

        robot.interact(() -> {
            model.topologies().add(new TopologyChoice("Lesson 2 · Registry and gateway", "2-registry-gateway"));
            model.topologyProperty().set(model.topologies().getFirst());
        });

        assertThat(start.isDisabled()).isFalse();
        assertThat(tooltipOf(start.getParent())).startsWith("Start the selected topology");
        robot.clickOn(start);
        assertThat(actions.calls).containsExactly("start 2-registry-gateway");
    }

    @Test
    void stopIsOfferedOnlyWhileAClusterRuns(FxRobot robot) {
        var stop = robot.lookup(".header .button")
                .match(b -> "Stop cluster".equals(((Button) b).getText()))
                .queryButton();
        assertThat(stop.isDisabled()).isTrue();
        assertThat(tooltipOf(stop.getParent())).isEqualTo("No cluster is running");

        robot.interact(() -> model.phaseProperty().set(ClusterPhase.RUNNING));
        robot.press(KeyCode.SHIFT, KeyCode.F5).release(KeyCode.F5, KeyCode.SHIFT);

        assertThat(stop.isDisabled()).isFalse();
        assertThat(actions.calls).containsExactly("stop");
    }

    @Test
    void darkThemeShortcutTogglesTheTheme(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(appearance.darkProperty().get()).isTrue();
        assertThat(shell.root().getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(new ConsolePreferences(node).darkTheme()).isTrue();
    }

    @Test
    void quitShortcutClosesLikeTheWindowsCloseButton(FxRobot robot) {
        var requests = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> stage.setOnCloseRequest(e -> {
            requests.incrementAndGet();
            e.consume();
        }));

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(requests.get())
                .as("the close request, which asks while a cluster runs")
                .isEqualTo(1);
        assertThat(stage.isShowing()).as("the handler kept the window").isTrue();
    }

    @Test
    void escapeClosesTheAboutDialog(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(aboutShowing(robot)).isTrue();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(aboutShowing(robot)).isFalse();
    }

    @Test
    void aProblemWithAFixOffersItAsAButtonThatDismissesTheProblem(FxRobot robot) {
        var applied = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> model.problem(
                "Nothing was started: port 8080 (gateway) is in use",
                new ProblemFix("Start on free ports", applied::incrementAndGet)));
        Button fix = robot.lookup("#problem-fix").queryButton();
        assertThat(fix.isVisible()).isTrue();
        assertThat(fix.getText()).isEqualTo("Start on free ports");

        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(applied).hasValue(1);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(fix.isVisible()).isFalse();
    }

    @Test
    void aLaterProblemWithoutAFixHidesTheButton(FxRobot robot) {
        robot.interact(() -> {
            model.problem("port taken", new ProblemFix("Start on free ports", () -> {}));
            model.problemProperty().set("The cluster did not start: the topology is broken");
        });
        Button fix = robot.lookup("#problem-fix").queryButton();

        assertThat(fix.isVisible()).isFalse();
        assertThat(fix.isManaged()).isFalse();
    }

    @Test
    void theStatusBarSaysDegradedWhileAnInstanceOfARunningClusterIsDown(FxRobot robot) {
        robot.interact(() -> model.phaseProperty().set(ClusterPhase.RUNNING));
        javafx.scene.control.Label status = robot.lookup("#statusCluster").query();
        assertThat(status.getText()).isEqualTo("cluster running");

        robot.interact(() -> model.degradedProperty().set(true));
        assertThat(status.getText()).isEqualTo("cluster degraded");
        assertThat(status.getStyleClass()).contains("tone-warn");

        robot.interact(() -> model.degradedProperty().set(false));
        assertThat(status.getText()).isEqualTo("cluster running");
        assertThat(status.getStyleClass()).doesNotContain("tone-warn");
    }

    private static boolean aboutShowing(FxRobot robot) {
        return robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.isShowing() && "About Orrery".equals(s.getTitle()));
    }

    private static String tooltipOf(Node host) {
        return host.getProperties().values().stream()
                .filter(Tooltip.class::isInstance)
                .map(t -> ((Tooltip) t).getText())
                .findFirst()
                .orElse("");
    }
}
