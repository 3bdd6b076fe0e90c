package dev.orrery.console.timeline;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/// The lanes of the timeline: a time axis on top, one lane per instance, fault and outage spans as labelled bars,
/// restarts by policy as markers.
///
/// The node of each span and marker lives as long as the span or marker does: a new picture adds and removes only
/// what changed and moves the rest, so that a picture per pulse stays cheap on the JavaFX thread.
public final class TimelineChart extends Pane {

    static final double LABEL_WIDTH = 170;
    private static final double RIGHT_PAD = 12;
    private static final double MIN_SPAN_WIDTH = 4;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Map<Long, Label> spans = new HashMap<>();
    private final Map<Long, Label> markers = new HashMap<>();
    private final Map<String, Label> lanes = new HashMap<>();
    private final Map<String, Region> stripes = new HashMap<>();
    private final List<Label> ticks = new ArrayList<>();
    private final List<Region> gridLines = new ArrayList<>();
    private final Region nowLine = new Region();
    private final Pane back = layer();
    private final Pane grid = layer();
    private final Pane front = layer();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper("");
    private final Consumer<String> laneClicked;
    private TimelinePicture picture = TimelinePicture.empty();
    private Map<String, LaneGeometry> geometry = Map.of();
    private long selectedSpan = -1;
    private long selectedMarker = -1;

    /// @param laneClicked called with an instance id when the user clicks its lane's name
    public TimelineChart(Consumer<String> laneClicked) {
        this.laneClicked = laneClicked;
        getStyleClass().add("timeline-chart");
        nowLine.getStyleClass().add("timeline-now");
        place(grid, nowLine);
        getChildren().addAll(back, grid, front);
    }

    /// Adds a node that this chart places itself (the layer's own layout must not resize it).
    private static void place(Pane layer, Node node) {
        node.setManaged(false);
        layer.getChildren().add(node);
    }

    /// Stripes at the back, the axis' grid above them, spans, markers and names in front.
    private static Pane layer() {
        var layer = new Pane();
        layer.setPickOnBounds(false);
        return layer;
    }

    /// Shows a new picture: nodes of new spans are added, of gone spans removed, the rest updated in place.
    public void show(TimelinePicture next) {
        picture = next;
        geometry = LaneGeometry.of(next);
        syncLanes();
        syncSpans();
        syncMarkers();
        refreshSelection();
        requestLayout();
    }

    /// The exact times and event text of the span or marker the user clicked; empty when none is selected.
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    @Override
    protected double computePrefHeight(double width) {
        return LaneGeometry.height(geometry) + 4;
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + 480;
    }

    @Override
    protected void layoutChildren() {
        for (var layer : List.of(back, grid, front)) {
            layer.resizeRelocate(0, 0, getWidth(), getHeight());
        }
        layoutAxis();
        geometry.forEach(this::layoutLane);
        for (var span : picture.spans()) {
            layoutSpan(span, spans.get(span.id()));
        }
        for (var marker : picture.markers()) {
            layoutMarker(marker, markers.get(marker.id()));
        }
        var x = x(picture.now());
        nowLine.resizeRelocate(x, LaneGeometry.AXIS_HEIGHT - 4, 1.5, Math.max(0, getHeight() - 22));
    }

    private double x(Instant time) {
        var width = Math.max(1, getWidth() - LABEL_WIDTH - RIGHT_PAD);
        var fromStart = Duration.between(picture.from(), time).toMillis();
        var share = fromStart / (double) Math.max(1, picture.window().toMillis());
        return LABEL_WIDTH + Math.clamp(share, 0, 1) * width;
    }

    /// About ten ticks whatever the window: every 10 s for a minute, 30 s for five, a minute for ten.
    private static long tickMillis(Duration window) {
        var tenth = window.toMillis() / 10;
        return tenth <= 10_000 ? 10_000 : tenth <= 30_000 ? 30_000 : 60_000;
    }

    private void layoutAxis() {
        var step = tickMillis(picture.window());
        var first = picture.from().toEpochMilli() / step + 1;
        var last = picture.now().toEpochMilli() / step;
        var count = (int) Math.max(0, Math.min(64, last - first + 1));
        ensureTicks(count);
        for (var i = 0; i < ticks.size(); i++) {
            var visible = i < count && !picture.lanes().isEmpty();
            ticks.get(i).setVisible(visible);
            gridLines.get(i).setVisible(visible);
            if (visible) {
                var time = Instant.ofEpochMilli((first + i) * step);
                var x = x(time);
                ticks.get(i).setText(TimelineText.tick(time));
                ticks.get(i).resizeRelocate(Math.min(x - 30, getWidth() - 60), 2, 60, 18);
                gridLines.get(i).resizeRelocate(x, LaneGeometry.AXIS_HEIGHT - 4, 1, getHeight());
            }
        }
    }

    private void ensureTicks(int count) {
        while (ticks.size() < count) {
            var tick = new Label();
            tick.getStyleClass().add("timeline-tick");
            tick.setAlignment(Pos.CENTER);
            var line = new Region();
            line.getStyleClass().add("timeline-grid");
            ticks.add(tick);
            gridLines.add(line);
            place(grid, line);
            place(grid, tick);
        }
    }

    private void layoutLane(String lane, LaneGeometry g) {
        stripes.get(lane).resizeRelocate(0, g.top(), getWidth(), g.height());
        lanes.get(lane).resizeRelocate(8, g.top(), LABEL_WIDTH - 16, g.height());
    }

    private void layoutSpan(TimelineSpan span, Label node) {
        var lane = geometry.get(span.lane());
        if (lane == null || node == null) {
            return;
        }
        var left = x(span.start());
        var right = x(span.endOr(picture.now()));
        var width = Math.max(MIN_SPAN_WIDTH, right - left);
        node.resizeRelocate(left, lane.y(span.kind()), width, LaneGeometry.rowHeight(span.kind()));
    }

    private void layoutMarker(TimelineMarker marker, Label node) {
        var lane = geometry.get(marker.lane());
        if (lane == null || node == null) {
            return;
        }
        var size = LaneGeometry.MARKER_ROW;
        node.resizeRelocate(x(marker.time()) - size / 2, lane.markerY(), size, size);
    }

    private void syncLanes() {
        Set<String> wanted = new HashSet<>(picture.lanes());
        for (var gone : new ArrayList<>(lanes.keySet())) {
            if (!wanted.contains(gone)) {
                front.getChildren().remove(lanes.remove(gone));
                back.getChildren().remove(stripes.remove(gone));
            }
        }
        var index = 0;
        for (var lane : picture.lanes()) {
            var stripe = stripes.computeIfAbsent(lane, this::newStripe);
            stripe.getStyleClass().removeAll("timeline-lane-odd");
            if (index++ % 2 == 1) {
                stripe.getStyleClass().add("timeline-lane-odd");
            }
            lanes.computeIfAbsent(lane, this::newLaneLabel);
        }
    }

    private Region newStripe(String lane) {
        var stripe = new Region();
        stripe.getStyleClass().add("timeline-lane");
        place(back, stripe);
        return stripe;
    }

    private Label newLaneLabel(String lane) {
        var label = new Label(lane);
        label.setId("lane-" + lane);
        label.getStyleClass().add("timeline-lane-name");
        label.setTooltip(Icons.tooltip("Select " + lane + " everywhere in the console"));
        label.setOnMouseClicked(e -> laneClicked.accept(lane));
        place(front, label);
        return label;
    }

    private void syncSpans() {
        var wanted = new HashSet<Long>();
        for (var span : picture.spans()) {
            wanted.add(span.id());
            var node = spans.computeIfAbsent(span.id(), id -> newSpan(span));
            if (span.open() || !node.getStyleClass().contains("timeline-closed")) {
                update(node, span);
            }
        }
        removeMissing(spans, wanted);
    }

    private Label newSpan(TimelineSpan span) {
        var node = new Label(span.label());
        node.setId("span-" + span.id());
        node.getStyleClass().addAll("timeline-span", span.kind().fault() ? "timeline-fault" : "timeline-outage");
        node.getStyleClass().add(span.tone().styleClass());
        node.setMinWidth(0);
        node.setTooltip(Icons.tooltip(""));
        node.setOnMouseClicked(e -> select(span.id(), -1));
        place(front, node);
        return node;
    }

    private void update(Label node, TimelineSpan span) {
        node.getProperties().put(TimelineSpan.class, span);
        node.getTooltip().setText(TimelineText.describe(span, picture.now()));
        node.getStyleClass().remove("timeline-open");
        node.getStyleClass().add(span.open() ? "timeline-open" : "timeline-closed");
        node.setAccessibleText(span.lane() + " " + span.label() + (span.open() ? " (ongoing)" : ""));
    }

    private void syncMarkers() {
        var wanted = new HashSet<Long>();
        for (var marker : picture.markers()) {
            wanted.add(marker.id());
            markers.computeIfAbsent(marker.id(), id -> newMarker(marker));
        }
        removeMissing(markers, wanted);
    }

    private Label newMarker(TimelineMarker marker) {
        var node = new Label("", Icons.icon(Feather.ROTATE_CW));
        node.setId("marker-" + marker.id());
        node.getStyleClass().addAll("timeline-marker", Tone.BUSY.styleClass());
        node.getProperties().put(TimelineMarker.class, marker);
        node.setTooltip(Icons.tooltip(TimelineText.describe(marker)));
        node.setOnMouseClicked(e -> select(-1, marker.id()));
        place(front, node);
        return node;
    }

    private <N extends Node> void removeMissing(Map<Long, N> nodes, Set<Long> wanted) {
        var gone = nodes.keySet().stream().filter(id -> !wanted.contains(id)).toList();
        for (var id : gone) {
            front.getChildren().remove(nodes.remove(id));
        }
    }

    private void select(long span, long marker) {
        selectedSpan = span;
        selectedMarker = marker;
        spans.forEach((id, node) -> node.pseudoClassStateChanged(SELECTED, id == span));
        markers.forEach((id, node) -> node.pseudoClassStateChanged(SELECTED, id == marker));
        refreshSelection();
    }

    private void refreshSelection() {
        var text = picture.spans().stream()
                .filter(s -> s.id() == selectedSpan)
                .findFirst()
                .map(s -> TimelineText.describe(s, picture.now()))
                .or(() -> picture.markers().stream()
                        .filter(m -> m.id() == selectedMarker)
                        .findFirst()
                        .map(TimelineText::describe))
                .orElse("");
        selected.set(text);
    }
}
