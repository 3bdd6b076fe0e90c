package dev.orrery.console.chaos;

import dev.orrery.console.ui.Icons;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

/// The Chaos menu: one sub-menu per fault, each listing the processes it can aim at (the instance selected in the
/// console first), rebuilt each time it opens so that it follows the cluster.
public final class ChaosMenu {

    private static final List<Long> LATENCIES = List.of(200L, 800L, 2_000L);
    private static final List<Double> SHARES = List.of(0.1, 0.3, 0.5);

    private final ChaosViewModel model;
    private final Supplier<Optional<String>> selected;

    /// @param selected the instance selected in the console, if any
    public ChaosMenu(ChaosViewModel model, Supplier<Optional<String>> selected) {
        this.model = model;
        this.selected = selected;
    }

    public Menu menu() {
        var menu = new Menu("Chaos", Icons.icon(Feather.ZAP));
        menu.setId("chaos-menu");
        menu.getItems().add(new MenuItem("Start the cluster to inject faults"));
        menu.setOnShowing(e -> menu.getItems().setAll(items()));
        return menu;
    }

    /// The menu's items for the cluster as it is now (public for tests).
    public List<MenuItem> items() {
        var targets = ordered(model.targets());
        if (targets.isEmpty()) {
            var none = new MenuItem("Start the cluster to inject faults");
            none.setDisable(true);
            return List.of(none);
        }
        return List.of(
                simple(
                        "Kill (SIGKILL)",
                        Feather.X_OCTAGON,
                        "kill",
                        targets,
                        ChaosViewModel.Target::running,
                        model::kill),
                simple(
                        "Pause (SIGSTOP)",
                        Feather.PAUSE,
                        "pause",
                        targets,
                        t -> t.running() && !t.paused(),
                        model::pause),
                simple(
                        "Resume (SIGCONT)",
                        Feather.PLAY,
                        "resume",
                        targets,
                        ChaosViewModel.Target::paused,
                        model::resume),
                new SeparatorMenuItem(),
                amounts("Slow", Feather.CLOCK, "slow", targets, LATENCIES, ms -> ms + " ms", model::slow),
                amounts(
                        "Flaky",
                        Feather.SHUFFLE,
                        "flaky",
                        targets,
                        SHARES,
                        s -> Math.round(s * 100) + " %",
                        model::flaky),
                new SeparatorMenuItem(),
                simple("Heal", Feather.HEART, "heal", targets, ChaosViewModel.Target::faulted, model::heal));
    }

    private List<ChaosViewModel.Target> ordered(List<ChaosViewModel.Target> targets) {
        var chosen = selected.get();
        if (chosen.isEmpty()) {
            return targets;
        }
        var first = targets.stream().filter(t -> t.id().equals(chosen.get())).toList();
        var rest = targets.stream().filter(t -> !t.id().equals(chosen.get())).toList();
        return Stream.concat(first.stream(), rest.stream()).toList();
    }

    private static Menu simple(
            String text,
            Feather icon,
            String id,
            List<ChaosViewModel.Target> targets,
            Predicate<ChaosViewModel.Target> applies,
            Consumer<String> action) {
        var menu = new Menu(text, Icons.icon(icon));
        menu.setId("chaos-" + id);
        for (var target : targets) {
            var item = new MenuItem(target.label());
            item.setId("chaos-" + id + "-" + target.id());
            item.setDisable(!applies.test(target));
            item.setOnAction(e -> action.accept(target.id()));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static <T> Menu amounts(
            String text,
            Feather icon,
            String id,
            List<ChaosViewModel.Target> targets,
            List<T> values,
            Function<T, String> label,
            BiConsumer<String, T> action) {
        var menu = new Menu(text, Icons.icon(icon));
        menu.setId("chaos-" + id);
        for (var target : targets) {
            var sub = new Menu(target.label());
            sub.setId("chaos-" + id + "-" + target.id());
            sub.setDisable(!target.servesHttp() || !target.running());
            for (var value : values) {
                var item = new MenuItem(label.apply(value));
                item.setOnAction(e -> action.accept(target.id(), value));
                sub.getItems().add(item);
            }
            menu.getItems().add(sub);
        }
        return menu;
    }
}
