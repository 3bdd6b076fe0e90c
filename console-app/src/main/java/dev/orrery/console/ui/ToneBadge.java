package dev.orrery.console.ui;

import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/// A label showing a state as icon plus word in the state's colour, e.g. "✓ UP" in green.
public final class ToneBadge extends Label {

    private final FontIcon icon = new FontIcon();

    public ToneBadge() {
        getStyleClass().add("tone-badge");
        setGraphic(icon);
        show(Tone.IDLE, "");
    }

    public ToneBadge(Tone tone, String text) {
        this();
        show(tone, text);
    }

    /// Shows this tone and text; safe to call with the values it already shows.
    public void show(Tone tone, String text) {
        setText(text);
        icon.setIconCode(tone.icon());
        applyTone(this, tone);
    }

    /// Puts the tone's style class on a node, removing any other tone's.
    public static void applyTone(javafx.scene.Node node, Tone tone) {
        var classes = node.getStyleClass();
        if (classes.contains(tone.styleClass())) {
            return;
        }

        classes.removeAll(Tone.allStyleClasses());
        classes.add(tone.styleClass());
    }
}
