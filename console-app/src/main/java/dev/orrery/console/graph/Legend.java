package dev.orrery.console.graph;

import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/// A graph's legend: what each colour means here (with its icon) and how to read edges.
public final class Legend extends FlowPane {

    /// @param tones the tones this graph uses and what each means in it, in order
    /// @param note how to read the rest, e.g. "edge width = requests per second"
    public Legend(Map<Tone, String> tones, String note) {
        super(16, 4);
        getStyleClass().add("legend");
        tones.forEach((tone, meaning) -> getChildren().add(new ToneBadge(tone, meaning)));
        if (!note.isEmpty()) {
            var text = new Label(note);
            text.getStyleClass().add("legend-note");
            getChildren().add(text);
        }
    }
}
