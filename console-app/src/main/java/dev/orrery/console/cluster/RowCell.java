package dev.orrery.console.cluster;

import javafx.scene.control.TreeTableCell;
import javafx.util.Subscription;
import org.jspecify.annotations.Nullable;

/// A cell of the cluster table that follows the properties of the [LiveRow] it shows.
///
/// Every column's value is the row object itself, which stays the same while its values change; so the table
/// calls [#updateItem] only when a cell is handed another row (scrolling, an instance coming or going), and a new
/// value reaches just the nodes bound to the property that changed.
abstract class RowCell extends TreeTableCell<LiveRow, LiveRow> {

    private Subscription following = Subscription.EMPTY;
    private @Nullable LiveRow shown;

    @Override
    protected final void updateItem(LiveRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            release();
            setText(null);
            setGraphic(null);
            return;
        }
        if (row == shown) {
            return;
        }

        release();
        shown = row;
        following = follow(row);
    }

    private void release() {
        following.unsubscribe();
        following = Subscription.EMPTY;
        shown = null;
    }

    /// Shows the row and keeps showing its changes; the returned subscription stops that.
    abstract Subscription follow(LiveRow row);

    /// Puts the style class on this cell while `on`, touching the style classes only when that changes (a changed
    /// style class makes the cell's CSS apply anew).
    void styleClass(String name, boolean on) {
        var classes = getStyleClass();
        if (on && !classes.contains(name)) {
            classes.add(name);
        } else if (!on) {
            classes.remove(name);
        }
    }
}
