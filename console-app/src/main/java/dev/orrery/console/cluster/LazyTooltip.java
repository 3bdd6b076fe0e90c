package dev.orrery.console.cluster;

import dev.orrery.console.ui.Icons;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/// A tooltip made the first time the pointer enters its node.
///
/// A tooltip is a small window with its own scene: a table with fifty rows and eight tooltips per row spent a
/// visible moment making them all before the first paint, though a user hovers over a handful.
final class LazyTooltip {

    private LazyTooltip() {}

    static void install(Node host, ObservableStringValue text) {
        var once = new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent event) {
                host.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                var tooltip = Icons.tooltip(text.get());
                tooltip.textProperty().bind(text);
                Tooltip.install(host, tooltip);
            }
        };
        host.addEventHandler(MouseEvent.MOUSE_ENTERED, once);
    }
}
