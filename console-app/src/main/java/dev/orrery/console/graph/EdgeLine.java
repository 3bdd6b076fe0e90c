package dev.orrery.console.graph;

import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/// A directed edge between two node boxes, clipped at their borders, with an arrow head and a label; while
/// traffic flows its dashes march from source to target.
final class EdgeLine extends Group {

    private static final double DASH = 10;
    private static final List<Double> DASHES = List.of(DASH, DASH * 0.6);

    private final NodeBox from;
    private final NodeBox to;
    private final Line line = new Line();
    private final Polygon arrow = new Polygon(0, 0, -9, -4.5, -9, 4.5);
    private final Label label = new Label();
    private final Timeline march;
    private boolean flowing;

    EdgeLine(String key, NodeBox from, NodeBox to) {
        this.from = from;
        this.to = to;
        getStyleClass().add("graph-edge");
        setId("edge-" + key.replaceAll("[^A-Za-z0-9_-]", "_"));
        line.getStyleClass().add("graph-edge-line");
        arrow.getStyleClass().add("graph-edge-arrow");
        label.getStyleClass().add("graph-edge-label");
        getChildren().addAll(line, arrow, label);
        setManaged(false);
        march = new Timeline(new KeyFrame(
                Duration.millis(600), new KeyValue(line.strokeDashOffsetProperty(), -2 * DASH, Interpolator.LINEAR)));
        march.setCycleCount(Animation.INDEFINITE);
        for (var box : new NodeBox[] {from, to}) {
            box.centerXProperty().addListener(o -> route());
            box.centerYProperty().addListener(o -> route());
            box.widthProperty().addListener(o -> route());
            box.heightProperty().addListener(o -> route());
        }
        label.widthProperty().addListener(o -> route());
    }

    void show(EdgeSpec spec) {
        line.setStrokeWidth(spec.weight());
        ToneBadge.applyTone(this, spec.tone());
        label.setText(spec.label());
        label.setVisible(!spec.label().isEmpty());
        var dashed = spec.flowing() || spec.tone() == Tone.BAD;
        var dashes = dashed ? DASHES : List.<Double>of();
        // Setting the same dashes again would still mark the line for repainting.
        if (!line.getStrokeDashArray().equals(dashes)) {
            line.getStrokeDashArray().setAll(dashes);
        }
        flowing = spec.flowing();
        resume();
        route();
    }

    /// Stops the dashes marching, e.g. while the graph is hidden.
    void pause() {
        march.stop();
    }

    /// Lets the dashes march again if traffic flows.
    void resume() {
        if (flowing && march.getStatus() != Animation.Status.RUNNING) {
            march.play();
        } else if (!flowing) {
            march.stop();
        }
    }

    boolean flowing() {
        return march.getStatus() == Animation.Status.RUNNING;
    }

    String labelText() {
        return label.getText();
    }

    private void route() {
        var a = new Point2D(from.centerXProperty().get(), from.centerYProperty().get());
        var b = new Point2D(to.centerXProperty().get(), to.centerYProperty().get());
        var start = border(a, b, from);
        var end = border(b, a, to);
        line.setStartX(start.getX());
        line.setStartY(start.getY());
        line.setEndX(end.getX());
        line.setEndY(end.getY());
        arrow.setTranslateX(end.getX());
        arrow.setTranslateY(end.getY());
        arrow.setRotate(Math.toDegrees(Math.atan2(end.getY() - start.getY(), end.getX() - start.getX())));
        var mid = start.midpoint(end);
        label.setLayoutX(mid.getX() - label.getWidth() / 2);
        label.setLayoutY(mid.getY() - label.prefHeight(-1) - 4);
    }

    /// Where the line from `centre` towards `other` leaves the box around `centre` (plus a small gap).
    private static Point2D border(Point2D centre, Point2D other, NodeBox box) {
        var dx = other.getX() - centre.getX();
        var dy = other.getY() - centre.getY();
        if (dx == 0 && dy == 0) {
            return centre;
        }

        var halfWidth = box.getWidth() / 2 + 3;
        var halfHeight = box.getHeight() / 2 + 3;
        var scale = Math.min(
                dx == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(dy));
        return new Point2D(centre.getX() + dx * Math.min(scale, 1), centre.getY() + dy * Math.min(scale, 1));
    }
}
