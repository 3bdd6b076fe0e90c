package dev.orrery.console.cluster;

import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.util.Subscription;

/// A plain text column of the cluster table (port, PID, uptime, memory, restarts), bound to one property of the
/// row; numbers are right-aligned.
final class TextRowCell extends RowCell {

    private final Function<LiveRow, ObservableStringValue> value;

    TextRowCell(Function<LiveRow, ObservableStringValue> value, boolean numeric) {
        this.value = value;
        setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    }

    @Override
    Subscription follow(LiveRow row) {
        styleClass("component-cell", row.component());
        setGraphic(null);
        textProperty().bind(value.apply(row));
        return textProperty()::unbind;
    }
}
