package dev.orrery.console.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The cluster table with fifty instances: it fills without freezing the window, and its buttons say what they do.
@ExtendWith(ApplicationExtension.class)
class ClusterViewTest {

    private static final int INSTANCES = 50;
    private static final int FILLS = 12;

    /// The goal is 50 ms on an idle machine; CI's shared cores get a wide margin, and a table that builds every
    /// row's CSS in one pulse (fifty rows of buttons) still exceeds it.
    private static final Duration WORST_PULSE_BOUND = Duration.ofMillis(Long.getLong("orrery.fill.boundMs", 250));

    private final UiPulse pulse = new UiPulse(Runnable::run, Duration.ofMillis(10));
    private final ClusterViewModel model = new ClusterViewModel(fakeCluster(), pulse);
    private TreeTableView<LiveRow> table;
    private long pulseStart;
    private long pulseEnd;
    private long worstPulse;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var view = new ClusterView(model, new Selection(), url -> {});
        var scene = new Scene(view.load(), 1280, 800);
        scene.getStylesheets()
                .add(Objects.requireNonNull(ClusterView.class.getResource("/dev/orrery/console/css/orrery.css"))
                        .toExternalForm());
        scene.getRoot().getStyleClass().add("orrery");
        // Like the console's scale test: a pulse's CSS and layout, and the work between two pulses (animation
        // timers, view updates), each count as one stretch.
        scene.addPreLayoutPulseListener(() -> {
            pulseStart = cpuNow();
            worstPulse = Math.max(worstPulse, pulseStart - pulseEnd);
        });
        scene.addPostLayoutPulseListener(() -> {
            pulseEnd = cpuNow();
            worstPulse = Math.max(worstPulse, pulseEnd - pulseStart);
        });
        stage.setScene(scene);
        stage.show();
        table = view.root().lookupAll(".cluster-table").stream()
                .map(TreeTableView.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        model.close();
        pulse.close();
    }

    /// The JavaFX thread's CPU time per pulse while the table fills, with a warm JIT (the table is emptied and
    /// filled again several times; the first fill of a fresh JVM is printed too).
    @Test
    void fiftyNewInstancesFillTheTableWithoutALongPulse(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var opening = worstPulse / 1_000_000;
        var worst = new ArrayList<Long>();
        for (int fill = 0; fill < FILLS; fill++) {
            var component = component(fill);
            robot.interact(() -> model.components().clear());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                worstPulse = 0;
                pulseEnd = cpuNow();
                model.components().setAll(List.of(component));
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> rows(robot) == INSTANCES);
            WaitForAsyncUtils.waitForFxEvents();
            worst.add(worstPulse / 1_000_000);
        }

        var warm = worst.subList(FILLS / 2, FILLS);
        System.out.printf(
                "Cluster table fill (%d instances): worst pulse per fill %s ms CPU (window opening %d ms)%n",
                INSTANCES, worst, opening);
        assertThat(warm.stream().sorted().toList().get(warm.size() / 2))
                .as("CPU time of the longest pulse while a warm table fills (median of %d fills), ms", warm.size())
                .isLessThan(WORST_PULSE_BOUND.toMillis());
    }

    @Test
    void withoutAClusterTheTableIsHiddenAndItsSampleRowsNeverShow(FxRobot robot) {
        assertThat(table.isVisible()).isFalse();
        assertThat(robot.lookup(".empty-state").query().isVisible()).isTrue();

        robot.interact(() -> model.components().setAll(List.of(component(0))));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(robot) == INSTANCES);

        assertThat(table.isVisible()).isTrue();
        var shown = new ArrayList<String>();
        robot.interact(() -> table.getRoot().getChildren().forEach(group -> {
            shown.add(group.getValue().id());
            group.getChildren().forEach(row -> shown.add(row.getValue().id()));
        }));
        assertThat(shown).hasSize(INSTANCES + 1).noneMatch(id -> id.startsWith("sample"));
    }

    @Test
    void aDisabledButtonSaysWhyAndAnEnabledOneWhatItDoes(FxRobot robot) {
        robot.interact(() -> model.components().setAll(List.of(component(0))));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(robot) == INSTANCES);

        robot.moveTo("#start-web-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> tooltipText(robot).equals("It is running already"));
        robot.moveTo("#stop-web-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> tooltipText(robot).equals("Stop web-1"));
        assertThat(robot.lookup("#start-web-1").queryButton().isDisabled()).isTrue();
    }

    /// The text of the tooltip showing now, or empty.
    private static String tooltipText(FxRobot robot) {
        var text = new String[] {""};
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst()
                .ifPresent(t -> text[0] = t));
        return text[0];
    }

    private int rows(FxRobot robot) {
        var count = new int[1];
        robot.interact(() -> count[0] = table.getRoot().getChildren().isEmpty()
                ? 0
                : table.getRoot().getChildren().getFirst().getChildren().size());
        return count[0];
    }

    private static ComponentRow component(int fill) {
        var instances = IntStream.rangeClosed(1, INSTANCES)
                .mapToObj(i -> new InstanceRow(
                        "web-" + i,
                        "web",
                        Tone.GOOD,
                        "UP",
                        Integer.toString(20000 + i),
                        Integer.toString(4000 + fill * 100 + i),
                        "12 s",
                        "21 MB",
                        "0",
                        "It is running already",
                        "",
                        "",
                        "",
                        "http://127.0.0.1:" + (20000 + i)))
                .toList();
        return new ComponentRow("web", "web · own program", "", INSTANCES, true, "", "", instances);
    }

    private static long cpuNow() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Cluster fakeCluster() {
        return (Cluster) Proxy.newProxyInstance(
                Cluster.class.getClassLoader(), new Class<?>[] {Cluster.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("not needed here: " + method.getName());
                });
    }
}
