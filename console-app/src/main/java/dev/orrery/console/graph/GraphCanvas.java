package dev.orrery.console.graph;

import dev.orrery.console.ui.Showing;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/// Draws a [GraphPicture] and turns it smoothly into the next one: nodes are matched by key, so a node that stays
/// glides to its new place, a new one fades in, a removed one fades out. A click on a node selects it.
///
/// Only while the canvas shows (see [Showing]): a hidden view keeps just the newest picture and draws it when it shows
/// again, and its edges stop marching, so that a graph nobody looks at costs the JavaFX thread nothing. New nodes
/// come a few per frame: fifty at once (the first look at a large cluster) would freeze the window while they
/// get their styles and sizes.
public final class GraphCanvas extends Pane {

    private static final Duration MOVE = Duration.millis(350);
    private static final int NEW_NODES_PER_FRAME = 8;

    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Map<String, NodeBox> nodes = new HashMap<>();
    private final Map<String, EdgeLine> edges = new HashMap<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>("");
    private GraphPicture picture = GraphPicture.empty();
    private boolean drawn = true;
    private final ReadOnlyBooleanProperty showing = Showing.of(this);
    private final AnimationTimer nextFrame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (!drawn && showing.get()) {
                draw();
            }
        }
    };

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        getChildren().addAll(edgeLayer, nodeLayer);
        selected.addListener((obs, was, now) -> nodes.forEach((key, box) -> box.selected(key.equals(now))));
        showing.subscribe((was, now) -> {
            if (!now) {
                edges.values().forEach(EdgeLine::pause);
            } else if (!drawn) {
                draw();
            } else {
                edges.values().forEach(EdgeLine::resume);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        // Node boxes are unmanaged (placed by their centre), so no parent sizes them: size them to their content.
        nodes.values().forEach(NodeBox::autosize);
    }

    /// Shows this picture, animating from the current one; while hidden, once the canvas shows again.
    public void show(GraphPicture next) {
        picture = next;
        drawn = false;
        if (showing.get()) {
            draw();
        }
    }

    private void draw() {
        var next = picture;
        var keep = new HashSet<String>();
        var added = 0;
        for (var spec : next.nodes()) {
            var box = nodes.get(spec.key());
            if (box != null) {
                keep.add(spec.key());
                box.show(spec);
                glide(box, spec.x(), spec.y());
            } else if (added++ < NEW_NODES_PER_FRAME) {
                keep.add(spec.key());
                add(spec);
            }
        }
        nodes.keySet().stream().filter(k -> !keep.contains(k)).toList().forEach(this::removeNode);
        showEdges(next);
        drawn = added <= NEW_NODES_PER_FRAME;
        if (!drawn) {
            nextFrame.start();
        }
    }

    private void add(NodeSpec spec) {
        var box = new NodeBox(spec.key());
        box.show(spec);
        box.centerXProperty().set(spec.x());
        box.centerYProperty().set(spec.y());
        box.selected(spec.key().equals(selected.get()));
        box.setOnMouseClicked(e -> selected.set(spec.key()));
        box.setOpacity(0);
        nodes.put(spec.key(), box);
        nodeLayer.getChildren().add(box);
        fade(box, 1).play();
    }

    private void removeNode(String key) {
        var box = nodes.remove(key);
        var out = fade(box, 0);
        out.setOnFinished(e -> nodeLayer.getChildren().remove(box));
        out.play();
    }

    private void showEdges(GraphPicture next) {
        var keep = new HashSet<String>();
        for (var spec : next.edges()) {
            var from = nodes.get(spec.from());
            var to = nodes.get(spec.to());
            if (from == null || to == null) {
                continue;
            }
            keep.add(spec.key());
            edges.computeIfAbsent(spec.key(), k -> addEdge(k, from, to)).show(spec);
        }
        edges.keySet().stream().filter(k -> !keep.contains(k)).toList().forEach(k -> {
            var edge = edges.remove(k);
            edge.pause();
            edgeLayer.getChildren().remove(edge);
        });
    }

    private EdgeLine addEdge(String key, NodeBox from, NodeBox to) {
        var edge = new EdgeLine(key, from, to);
        edgeLayer.getChildren().add(edge);
        return edge;
    }

    private static void glide(NodeBox box, double x, double y) {
        if (box.centerXProperty().get() == x && box.centerYProperty().get() == y) {
            return;
        }

        new Timeline(new KeyFrame(
                        MOVE,
                        new KeyValue(box.centerXProperty(), x, Interpolator.EASE_BOTH),
                        new KeyValue(box.centerYProperty(), y, Interpolator.EASE_BOTH)))
                .play();
    }

    private static FadeTransition fade(NodeBox box, double to) {
        var fade = new FadeTransition(MOVE, box);
        fade.setToValue(to);
        return fade;
    }

    /// The area the nodes cover, in this canvas's coordinates; for fitting the graph into view.
    public javafx.beans.value.ObservableValue<javafx.geometry.Bounds> extentProperty() {
        return nodeLayer.boundsInParentProperty();
    }

    /// The key of the selected node; empty when none is selected.
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /// The newest picture given, drawn or waiting for the canvas to show.
    public GraphPicture picture() {
        return picture;
    }

    /// The title shown on the node with this key, if it is drawn (for tests and screen readers).
    public Optional<String> nodeTitle(String key) {
        return Optional.ofNullable(nodes.get(key)).map(NodeBox::titleText);
    }

    /// The label shown on the edge with this key, if it is drawn.
    public Optional<String> edgeLabel(String key) {
        return Optional.ofNullable(edges.get(key)).map(EdgeLine::labelText);
    }

    /// Whether the edge with this key animates (traffic flows over it).
    public boolean edgeFlowing(String key) {
        return Optional.ofNullable(edges.get(key)).map(EdgeLine::flowing).orElse(false);
    }

    public int nodeCount() {
        return nodes.size();
    }
}
