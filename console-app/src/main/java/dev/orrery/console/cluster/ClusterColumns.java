package dev.orrery.console.cluster;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.ToneBadge;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

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
                        column("Component / instance", 280, this::nameCell, false),
                        column("State", 150, this::stateCell, false),
                        text("Port", 66, c -> c instanceof InstanceRow i ? i.port() : ""),
                        text("PID", 70, c -> c instanceof InstanceRow i ? i.pid() : ""),
                        text("Uptime", 82, c -> c instanceof InstanceRow i ? i.uptime() : ""),
                        text("Memory", 82, c -> c instanceof InstanceRow i ? i.memory() : ""),
                        text("Restarts", 90, c -> c instanceof InstanceRow i ? i.restarts() : ""),
                        actions()));
    }

    private TreeTableColumn<ClusterEntry, ClusterEntry> actions() {
        var column = new TreeTableColumn<ClusterEntry, ClusterEntry>("Actions");
        column.setPrefWidth(240);
        column.setMinWidth(230);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        column.setCellFactory(c -> new ActionsCell(model, selection, browser));
        return column;
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
        var text = entry instanceof ComponentRow c ? c.title() : entry.id();
        var label = new Label(text);
        // A narrow window cuts a long group title ("gateway · Spring Cloud Gateway …"): the tooltip has it whole.
        label.setTooltip(Icons.tooltip(text));
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
}
