package dev.orrery.console.cluster;

import dev.orrery.console.ui.ToneBadge;
import javafx.scene.control.Label;
import javafx.util.Subscription;

/// The state column: an instance's state as a badge (icon and word in the state's colour), a component's instance
/// count as a caption.
final class StateCell extends RowCell {

    private final ToneBadge badge = new ToneBadge();
    private final Label count = new Label();

    StateCell() {
        count.getStyleClass().add("view-caption");
    }

    @Override
    Subscription follow(LiveRow row) {
        styleClass("component-cell", row.component());
        setText(null);
        if (row.component()) {
            count.textProperty().bind(row.stateProperty());
            setGraphic(count);
            return count.textProperty()::unbind;
        }

        badge.setId("state-" + row.id());
        setGraphic(badge);
        Runnable show =
                () -> badge.show(row.toneProperty().get(), row.stateProperty().get());
        show.run();
        return Subscription.combine(
                row.toneProperty().subscribe((was, now) -> show.run()),
                row.stateProperty().subscribe((was, now) -> show.run()));
    }
}
