package dev.orrery.console.timeline;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/// What the timeline's colours and shapes mean; never colour alone: every span also carries its word.
final class TimelineLegend {

    private TimelineLegend() {}

    static HBox build() {
        var legend = new HBox(
                8,
                sample("injected fault", "timeline-fault", Tone.WARN),
                sample("crashed", "timeline-outage", Tone.BAD),
                sample("restarting", "timeline-outage", Tone.BUSY),
                sample("down", "timeline-outage", Tone.WARN),
                sample("stopped", "timeline-outage", Tone.IDLE),
                restartSample());
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("timeline-legend");
        return legend;
    }

    private static Label sample(String text, String shape, Tone tone) {
        var label = new Label(text);
        label.getStyleClass().addAll("timeline-span", "timeline-legend-item", shape, tone.styleClass());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label restartSample() {
        var label = new Label("restart by policy", Icons.icon(Feather.ROTATE_CW));
        label.getStyleClass().addAll("timeline-legend-item", Tone.BUSY.styleClass());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
