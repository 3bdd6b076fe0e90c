package dev.orrery.console.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/// The timeline's time axis: about ten labelled ticks with grid lines down through the lanes, and a line at now.
/// Its nodes live in one layer of the chart and are reused as the axis scrolls.
final class TimeAxis {

    private static final int MOST_TICKS = 64;

    private final Pane layer;
    private final List<Label> ticks = new ArrayList<>();
    private final List<Region> lines = new ArrayList<>();
    private final Region now = new Region();

    TimeAxis(Pane layer) {
        this.layer = layer;
        now.getStyleClass().add("timeline-now");
        place(now);
    }

    /// About ten ticks whatever the window: every 10 s for a minute, 30 s for five, a minute for ten.
    static long tickMillis(Duration window) {
        var tenth = window.toMillis() / 10;
        return tenth <= 10_000 ? 10_000 : tenth <= 30_000 ? 30_000 : 60_000;
    }

    /// Places ticks, grid lines and the now line for the picture on a chart of this size.
    void layout(TimelinePicture picture, ToDoubleFunction<Instant> x, double width, double height) {
        var step = tickMillis(picture.window());
        var first = picture.from().toEpochMilli() / step + 1;
        var last = picture.now().toEpochMilli() / step;
        var count = (int) Math.max(0, Math.min(MOST_TICKS, last - first + 1));
        ensure(count);
        for (var i = 0; i < ticks.size(); i++) {
            var visible = i < count && !picture.lanes().isEmpty();
            ticks.get(i).setVisible(visible);
            lines.get(i).setVisible(visible);
            if (visible) {
                var time = Instant.ofEpochMilli((first + i) * step);
                var at = x.applyAsDouble(time);
                ticks.get(i).setText(TimelineText.tick(time));
                ticks.get(i).resizeRelocate(Math.min(at - 30, width - 60), 2, 60, 18);
                lines.get(i).resizeRelocate(at, LaneGeometry.AXIS_HEIGHT - 4, 1, height);
            }
        }
        now.setVisible(!picture.lanes().isEmpty());
        var top = LaneGeometry.AXIS_HEIGHT - 4;
        now.resizeRelocate(x.applyAsDouble(picture.now()), top, 1.5, Math.max(0, height - top));
    }

    private void ensure(int count) {
        while (ticks.size() < count) {
            var tick = new Label();
            tick.getStyleClass().add("timeline-tick");
            tick.setAlignment(Pos.CENTER);
            var line = new Region();
            line.getStyleClass().add("timeline-grid");
            ticks.add(tick);
            lines.add(line);
            place(line);
            place(tick);
        }
    }

    private void place(Region node) {
        node.setManaged(false);
        layer.getChildren().add(node);
    }
}
