package dev.orrery.console.cluster;

import javafx.scene.control.Label;
import javafx.util.Subscription;

/// The first column: a component's title or an instance's id. A narrow window cuts a long group title ("gateway ·
/// Spring Cloud Gateway …"), so the tooltip has it whole.
final class NameCell extends RowCell {

    private final Label label = new Label();

    NameCell() {
        LazyTooltip.install(label, label.textProperty());
    }

    @Override
    Subscription follow(LiveRow row) {
        styleClass("component-cell", row.component());
        var classes = label.getStyleClass();
        var kind = row.component() ? "component-title" : "instance-id";
        if (!classes.contains(kind)) {
            classes.removeAll("component-title", "instance-id");
            classes.add(kind);
        }
        label.textProperty().bind(row.titleProperty());
        setText(null);
        setGraphic(label);
        return label.textProperty()::unbind;
    }
}
