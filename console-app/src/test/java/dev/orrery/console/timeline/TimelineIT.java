package dev.orrery.console.timeline;

import static dev.orrery.console.WindowLooks.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.shell.Console;
import dev.orrery.console.shell.ConsolePreferences;
import dev.orrery.console.shell.RuntimeAccess;
import dev.orrery.console.shell.ShellView;
import dev.orrery.console.shell.TopologyChoice;
import dev.orrery.console.shell.ViewId;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.PortChecker;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/// The timeline in the whole console on the smallest real cluster that has a process to break: one small web
/// server (no registry, gateway or database to wait for). Faults are injected through the Chaos menu's items, as a
/// user clicks them; the tests run in order on the same cluster.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineIT {

    private static final Duration UP_TIMEOUT = Duration.ofSeconds(90);
    private static final FxRobot robot = new FxRobot();
    private static Preferences preferences;
    private static Console console;
    private static ShellView shell;

    @BeforeAll
    static void startConsole() throws Exception {
        var folder = Files.createTempDirectory("orrery-timeline-it");
        var topology = folder.resolve("web.yaml");
        Files.writeString(topology, """
                name: timeline-it
                services:
                  web:
                    kind: command
                    command: python3 -u -m http.server {port} --bind 127.0.0.1
                    port: %d
                    readiness: {http: /}
                    restart: {mode: on-failure, max-restarts: 3, backoff: {initial: 100ms, max: 200ms}}
                """.formatted(PortChecker.freePort(Set.of())));
        preferences = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
        var runtime = RuntimeAccess.local(new DataFolder(folder.resolve("data")));
        assertThat(runtime.unavailable()).as("service jars").isEmpty();

        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> show(stage, runtime));
        robot.interact(() -> {
            var choice = new TopologyChoice("web", topology.toString());
            console.shellModel().topologies().add(choice);
            console.shellModel().topologyProperty().set(choice);
            console.menu().start();
            shell.currentViewProperty().set(ViewId.TIMELINE);
        });
        await().atMost(UP_TIMEOUT)
                .until(() -> console.cluster()
                                .map(c ->
                                        c.snapshot().instances().stream().allMatch(i -> i.state() == InstanceState.UP))
                                .orElse(false)
                        && console.cluster()
                                        .orElseThrow()
                                        .snapshot()
                                        .instances()
                                        .size()
                                == 1);
    }

    private static void show(Stage stage, RuntimeAccess runtime) {
        console = new Console(new ConsolePreferences(preferences), Duration.ofMillis(100), runtime, url -> {});
        shell = console.shellView(stage);
        var scene = new Scene(shell.load(), 1280, 800);
        console.appearance().applyTo(scene.getRoot());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void stopConsole() throws Exception {
        try {
            console.cluster()
                    .ifPresent(c -> c.stop().orTimeout(90, TimeUnit.SECONDS).join());
        } finally {
            robot.interact(() -> console.close());
            FxToolkit.hideStage();
            preferences.removeNode();
        }
    }

    @Test
    @Order(1)
    void aPauseFromTheChaosMenuIsASpanUntilItIsHealed() {
        assertThat(hintVisible())
                .as("nothing broken yet: the view says how to inject a fault")
                .isTrue();

        chaos("chaos-pause", "chaos-pause-web-1");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> span("paused").map(TimelineSpan::open).orElse(false));
        assertThat(hintVisible()).isFalse();
        assertThat(spanNodeClasses("paused")).contains("timeline-open", "timeline-fault");

        chaos("chaos-heal", "chaos-heal-web-1");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> span("paused").filter(s -> !s.open()).isPresent());
        var span = span("paused").orElseThrow();
        assertThat(span.lane()).isEqualTo("web-1");
        assertThat(span.end()).hasValueSatisfying(end -> assertThat(end).isAfter(span.start()));
        assertThat(span.endText()).startsWith("healed");
        assertThat(spanNodeClasses("paused")).contains("timeline-closed");
    }

    @Test
    @Order(2)
    void aKillIsASpanUntilTheRestartPolicyBroughtTheInstanceBack() {
        chaos("chaos-kill", "chaos-kill-web-1");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> span("killed").filter(s -> !s.open()).isPresent());
        assertThat(span("crashed")).isPresent();
        assertThat(onFx(() -> robot.lookup(".timeline-chart .timeline-marker")
                        .queryAll()
                        .size()))
                .isEqualTo(1);
        assertThat(onFx(() -> robot.lookup("#timeline-events").queryTableView().getItems().stream()
                        .map(e -> ((TimelineEntry) e).text())
                        .toList()))
                .anyMatch(text -> text.startsWith("killed (SIGKILL)"))
                .anyMatch(text -> text.contains("restart 1 of at most 3"));
    }

    /// Fires one item of the Chaos menu, after the menu has been filled as it is when the user opens it.
    private static void chaos(String submenu, String item) {
        robot.interact(() -> {
            var more = robot.lookup("#moreMenu").queryAs(MenuButton.class);
            var chaos = (Menu) find(more.getItems(), "chaos-menu");
            chaos.getOnShowing().handle(new Event(Menu.ON_SHOWING));
            var sub = (Menu) find(chaos.getItems(), submenu);
            var action = find(sub.getItems(), item);
            assertThat(action.isDisable()).as(item + " is enabled").isFalse();
            action.fire();
        });
    }

    private static MenuItem find(List<MenuItem> items, String id) {
        return items.stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id + " in " + items));
    }

    private static Optional<TimelineSpan> span(String label) {
        return onFx(() -> robot.lookup(".timeline-chart .timeline-span").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(label))
                .map(l -> (TimelineSpan) l.getProperties().get(TimelineSpan.class))
                .reduce((first, second) -> second));
    }

    private static List<String> spanNodeClasses(String label) {
        return onFx(() -> robot.lookup(".timeline-chart .timeline-span").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(label))
                .reduce((first, second) -> second)
                .map(l -> List.copyOf(l.getStyleClass()))
                .orElse(List.of()));
    }

    private static boolean hintVisible() {
        return onFx(() -> robot.lookup(".timeline-hint").queryAs(Label.class).isVisible());
    }
}
