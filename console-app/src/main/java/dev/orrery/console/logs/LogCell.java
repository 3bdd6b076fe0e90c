package dev.orrery.console.logs;

import dev.orrery.console.ui.ToneBadge;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/// One log line: time, instance, level (in its colour, as a word) and text in a monospaced font.
final class LogCell extends ListCell<LogEntry> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Label time = new Label();
    private final Label instance = new Label();
    private final Label level = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(10, time, instance, level, text);

    LogCell() {
        getStyleClass().add("log-cell");
        time.getStyleClass().addAll("mono", "log-time");
        instance.getStyleClass().addAll("mono", "log-instance");
        level.getStyleClass().addAll("mono", "log-level");
        text.getStyleClass().addAll("mono", "log-text");
        instance.setMinWidth(150);
        instance.setPrefWidth(150);
        level.setMinWidth(44);
        HBox.setHgrow(text, Priority.ALWAYS);
    }

    @Override
    protected void updateItem(LogEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }

        time.setText(TIME.format(entry.time()));
        instance.setText(entry.instance());
        level.setText(entry.level().name());
        ToneBadge.applyTone(level, entry.level().tone());
        text.setText(entry.message());
        setGraphic(box);
    }
}
