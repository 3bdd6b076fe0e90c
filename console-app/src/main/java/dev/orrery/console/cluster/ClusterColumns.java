package dev.orrery.console.cluster;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.ToneBadge;
import dev.orrery.console.ui.WhyDisabled;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/// The columns of the cluster table and how each kind of row fills them.
final class ClusterColumns {

    private final ClusterViewModel model;
    private final Selection selection;
    private final Consumer<String> browser;

    ClusterColumns(ClusterViewModel model, Selection selection, Consumer<String> browser) {
        this.model = model;
        this.selection = selection;
        this.browser = browser;
    }

    void install(TreeTableView<ClusterEntry> table) {
        table.getColumns()
                .setAll(List.of(
                        column("Component / instance", 250, this::nameCell, false),
                        column("State", 170, this::stateCell, false),
                        text("Port", 66, c -> c instanceof InstanceRow i ? i.port() : ""),
                        text("PID", 70, c -> c instanceof InstanceRow i ? i.pid() : ""),
                        text("Uptime", 82, c -> c instanceof InstanceRow i ? i.uptime() : ""),
                        text("Memory", 82, c -> c instanceof InstanceRow i ? i.memory() : ""),
                        text("Restarts", 76, c -> c instanceof InstanceRow i ? i.restarts() : ""),
                        column("Actions", 240, this::actionsCell, false)));
    }

    private TreeTableColumn<ClusterEntry, ClusterEntry> text(
            String title, double width, Function<ClusterEntry, String> value) {
        return column(title, width, entry -> new Label(value.apply(entry)), true);
    }

    private static TreeTableColumn<ClusterEntry, ClusterEntry> column(
            String title, double width, Function<ClusterEntry, Node> render, boolean numeric) {
        var column = new TreeTableColumn<ClusterEntry, ClusterEntry>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(ClusterEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(null);
                setGraphic(empty || entry == null ? null : render.apply(entry));
                setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                getStyleClass().remove("component-cell");
                if (!empty && entry instanceof ComponentRow) {
                    getStyleClass().add("component-cell");
                }
            }
        });
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }

    private Node nameCell(ClusterEntry entry) {
        var label = new Label(entry instanceof ComponentRow c ? c.title() : entry.id());
        label.getStyleClass().add(entry instanceof ComponentRow ? "component-title" : "instance-id");
        return label;
    }

    private Node stateCell(ClusterEntry entry) {
        if (entry instanceof InstanceRow row) {
            var badge = new ToneBadge(row.tone(), row.state());
            badge.setId("state-" + row.id());
            return badge;
        }
        var component = (ComponentRow) entry;
        var count = component.instances().size();
        var label = new Label(component.scalable() ? count + (count == 1 ? " instance" : " instances") : "");
        label.getStyleClass().add("view-caption");
        return label;
    }

    private Node actionsCell(ClusterEntry entry) {
        var box = new HBox(2);
        box.setAlignment(Pos.CENTER_LEFT);
        if (entry instanceof InstanceRow row) {
            box.getChildren()
                    .addAll(
                            action(Feather.PLAY, "Start " + row.id(), row.whyNoStart(), () -> model.start(row.id())),
                            action(Feather.SQUARE, "Stop " + row.id(), row.whyNoStop(), () -> model.stop(row.id())),
                            action(
                                    Feather.ROTATE_CW,
                                    "Restart " + row.id(),
                                    row.whyNoRestart(),
                                    () -> model.restart(row.id())),
                            action(
                                    Feather.ZAP,
                                    "Kill " + row.id() + " at once (kill -9), as a crash would",
                                    row.whyNoKill(),
                                    () -> model.kill(row.id())),
                            action(
                                    Feather.FILE_TEXT,
                                    "Open the logs of " + row.id(),
                                    "",
                                    () -> selection.openLogs(row.id())),
                            action(Feather.EXTERNAL_LINK, browserHint(row), "", () -> browser.accept(browserUrl(row))));
            tagButtons(box, row.id());
            return box;
        }
        var component = (ComponentRow) entry;
        if (component.scalable()) {
            box.getChildren()
                    .addAll(
                            action(
                                    Feather.MINUS,
                                    "Remove one instance of " + component.id(),
                                    component.whyNoScaleDown(),
                                    () -> model.scale(component.id(), -1)),
                            action(
                                    Feather.PLUS,
                                    "Add one instance of " + component.id(),
                                    component.whyNoScaleUp(),
                                    () -> model.scale(component.id(), +1)));
            tagButtons(box, component.id());
        }
        return box;
    }

    /// Gives each button an id such as `stop-heroes-service-1`, `scale-up-heroes-service`, for tests and tools.
    private static void tagButtons(HBox box, String id) {
        var names = box.getChildren().size() == 2
                ? new String[] {"scale-down", "scale-up"}
                : new String[] {"start", "stop", "restart", "kill", "logs", "browse"};
        for (var i = 0; i < names.length && i < box.getChildren().size(); i++) {
            ((StackPane) box.getChildren().get(i)).getChildren().getFirst().setId(names[i] + "-" + id);
        }
    }

    private static String browserHint(InstanceRow row) {
        return row.component().equals("registry")
                ? "Open the registry's dashboard in the browser"
                : "Open " + row.id() + "'s health in the browser (actuator)";
    }

    private static String browserUrl(InstanceRow row) {
        return row.component().equals("registry") ? row.url() : row.url() + "/actuator/health";
    }

    private static StackPane action(Feather icon, String whatItDoes, String whyNot, Runnable command) {
        var button = new Button();
        button.setGraphic(Icons.icon(icon));
        button.getStyleClass().addAll("button-icon", "flat", "small");
        button.setOnAction(e -> command.run());
        var host = new StackPane(button);
        WhyDisabled.bind(button, host, Bindings.createStringBinding(() -> whyNot), whatItDoes);
        return host;
    }
}
