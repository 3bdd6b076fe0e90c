package dev.orrery.console.cluster;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;

/// The commands of one row: start, stop, restart, kill, logs and browser for an instance; − and + for a service.
/// The buttons are made once per cell and follow the row's values, so a row that refreshes every second stays
/// clickable and costs nothing while its commands' reasons stay the same.
final class ActionsCell extends RowCell {

    // Keys of each button's properties: what updates it for a row, and its tooltip's text.
    private static final String UPDATE = "update";
    private static final String TIP = "tip";

    private final ClusterViewModel model;
    private final Selection selection;
    private final Consumer<String> browser;
    // Made when the cell first shows a row of that kind: most cells only ever show instances.
    private @Nullable HBox instanceButtons;
    private @Nullable HBox scaleButtons;

    ActionsCell(ClusterViewModel model, Selection selection, Consumer<String> browser) {
        this.model = model;
        this.selection = selection;
        this.browser = browser;
    }

    private HBox instanceButtons() {
        if (instanceButtons == null) {
            instanceButtons = buttons(
                    instanceAction(
                            "start",
                            Feather.PLAY,
                            r -> "Start " + r.id(),
                            InstanceRow::whyNoStart,
                            r -> model.start(r.id())),
                    instanceAction(
                            "stop",
                            Feather.SQUARE,
                            r -> "Stop " + r.id(),
                            InstanceRow::whyNoStop,
                            r -> model.stop(r.id())),
                    instanceAction(
                            "restart",
                            Feather.ROTATE_CW,
                            r -> "Restart " + r.id(),
                            InstanceRow::whyNoRestart,
                            r -> model.restart(r.id())),
                    instanceAction(
                            "kill",
                            Feather.ZAP,
                            r -> "Kill " + r.id() + " at once (kill -9), as a crash would",
                            InstanceRow::whyNoKill,
                            r -> model.kill(r.id())),
                    instanceAction(
                            "logs",
                            Feather.FILE_TEXT,
                            r -> "Open the logs of " + r.id(),
                            r -> "",
                            r -> selection.openLogs(r.id())),
                    instanceAction(
                            "browse",
                            Feather.EXTERNAL_LINK,
                            ActionsCell::browserHint,
                            r -> "",
                            r -> browser.accept(browserUrl(r))));
        }
        return instanceButtons;
    }

    private HBox scaleButtons() {
        if (scaleButtons == null) {
            scaleButtons = buttons(
                    scaleAction(
                            "scale-down", Feather.MINUS, "Remove one instance of ", ComponentRow::whyNoScaleDown, -1),
                    scaleAction("scale-up", Feather.PLUS, "Add one instance of ", ComponentRow::whyNoScaleUp, +1));
        }
        return scaleButtons;
    }

    /// The row's buttons share one tooltip, on their box, that says what the button under the pointer does or why
    /// it cannot act now: a pane around each button (a disabled button gets no mouse events, the pointer then picks
    /// the box) made the table build and style a sixth more nodes per row.
    private static HBox buttons(Button... buttons) {
        var box = new HBox(2, buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        var tip = new SimpleStringProperty("");
        box.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            for (var button : buttons) {
                if (button.getBoundsInParent().contains(e.getX(), e.getY())) {
                    tip.bind((ObservableStringValue) button.getProperties().get(TIP));
                }
            }
        });
        LazyTooltip.install(box, tip);
        return box;
    }

    private Button instanceAction(
            String name,
            Feather icon,
            Function<InstanceRow, String> whatItDoes,
            Function<InstanceRow, String> whyNot,
            Consumer<InstanceRow> command) {
        return action(
                name,
                icon,
                entry -> entry instanceof InstanceRow r ? whatItDoes.apply(r) : "",
                entry -> entry instanceof InstanceRow r ? whyNot.apply(r) : "",
                entry -> {
                    if (entry instanceof InstanceRow r) {
                        command.accept(r);
                    }
                });
    }

    private Button scaleAction(
            String name, Feather icon, String whatItDoes, Function<ComponentRow, String> whyNot, int delta) {
        return action(
                name,
                icon,
                entry -> whatItDoes + entry.id(),
                entry -> entry instanceof ComponentRow c ? whyNot.apply(c) : "",
                entry -> model.scale(entry.id(), delta));
    }

    private Button action(
            String name,
            Feather icon,
            Function<ClusterEntry, String> whatItDoes,
            Function<ClusterEntry, String> whyNot,
            Consumer<ClusterEntry> command) {
        var button = new Button();
        button.setGraphic(Icons.icon(icon));
        button.getStyleClass().addAll("button-icon", "flat", "small");
        button.getProperties().put("name", name);
        var reason = new SimpleStringProperty("");
        var purpose = new SimpleStringProperty("");
        button.disableProperty().bind(reason.isNotEmpty());
        button.getProperties()
                .put(TIP, Bindings.when(reason.isEmpty()).then(purpose).otherwise(reason));
        button.getProperties().put(UPDATE, (Consumer<ClusterEntry>) entry -> {
            button.setId(name + "-" + entry.id());
            reason.set(whyNot.apply(entry));
            purpose.set(whatItDoes.apply(entry));
        });
        button.setOnAction(e -> {
            if (getItem() != null) {
                command.accept(getItem().entry());
            }
        });
        return button;
    }

    @Override
    @SuppressWarnings("unchecked")
    Subscription follow(LiveRow row) {
        setText(null);
        if (row.entry() instanceof ComponentRow c && !c.scalable()) {
            setGraphic(null);
            return Subscription.EMPTY;
        }

        var box = row.component() ? scaleButtons() : instanceButtons();
        setGraphic(box);
        return row.entryProperty()
                .subscribe(entry -> box.getChildren()
                        .forEach(button ->
                                ((Consumer<ClusterEntry>) button.getProperties().get(UPDATE)).accept(entry)));
    }

    private static String browserHint(InstanceRow row) {
        return row.component().equals("registry")
                ? "Open the registry's dashboard in the browser"
                : "Open " + row.id() + "'s health in the browser (actuator)";
    }

    private static String browserUrl(InstanceRow row) {
        return row.component().equals("registry") ? row.url() : row.url() + "/actuator/health";
    }
}
