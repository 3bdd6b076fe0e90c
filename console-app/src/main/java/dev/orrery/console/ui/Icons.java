package dev.orrery.console.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/// Puts vector icons and tooltips on controls, so that every icon button says what it does.
public final class Icons {

    private Icons() {}

    public static FontIcon icon(Ikon ikon) {
        var icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /// Gives a button an icon and a tooltip; with `iconOnly` the text is dropped from the button itself.
    public static <B extends ButtonBase> B decorate(B button, Ikon ikon, String tooltip) {
        button.setGraphic(icon(ikon));
        button.setTooltip(tooltip(tooltip));
        return button;
    }

    public static Tooltip tooltip(String text) {
        var tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        return tooltip;
    }
}
