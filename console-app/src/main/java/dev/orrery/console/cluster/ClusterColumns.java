package dev.orrery.console.cluster;

import dev.orrery.console.ui.Selection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/// The columns of the cluster table. Each column's value is the row object itself; its cells bind to the row's
/// property for that column (see [RowCell]).
final class ClusterColumns {

    private final ClusterViewModel model;
    private final Selection selection;
    private final Consumer<String> browser;

    ClusterColumns(ClusterViewModel model, Selection selection, Consumer<String> browser) {
        this.model = model;
        this.selection = selection;
        this.browser = browser;
    }

    void install(TreeTableView<LiveRow> table) {
        table.getColumns()
                .setAll(List.of(
                        column("Component / instance", 280, NameCell::new),
                        column("State", 150, StateCell::new),
                        text("Port", 66, LiveRow::portProperty),
                        text("PID", 70, LiveRow::pidProperty),
                        text("Uptime", 82, LiveRow::uptimeProperty),
                        text("Memory", 82, LiveRow::memoryProperty),
                        text("Restarts", 90, LiveRow::restartsProperty),
                        actions()));
    }

    private TreeTableColumn<LiveRow, LiveRow> actions() {
        var column = column("Actions", 240, () -> new ActionsCell(model, selection, browser));
        column.setMinWidth(230);
        return column;
    }

    private static TreeTableColumn<LiveRow, LiveRow> text(
            String title, double width, Function<LiveRow, ObservableStringValue> value) {
        var column = column(title, width, () -> new TextRowCell(value, true));
        column.getStyleClass().add("numeric");
        return column;
    }

    private static TreeTableColumn<LiveRow, LiveRow> column(
            String title, double width, Supplier<TreeTableCell<LiveRow, LiveRow>> cells) {
        var column = new TreeTableColumn<LiveRow, LiveRow>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        column.setCellFactory(c -> cells.get());
        return column;
    }
}
