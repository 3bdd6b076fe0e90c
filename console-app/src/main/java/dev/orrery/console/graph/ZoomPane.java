package dev.orrery.console.graph;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/// Shows a graph with zoom (mouse wheel, around the pointer) and pan (drag). Until the user zooms or pans, the
/// content is kept fitted to the visible area as it grows or shrinks; [#fit()] returns to that.
public final class ZoomPane extends Region {

    private static final double MIN_SCALE = 0.25;
    private static final double MAX_SCALE = 3;
    private static final double MARGIN = 32;

    private final Node content;
    private final Group holder;
    private boolean autoFit = true;
    private double dragX;
    private double dragY;

    public ZoomPane(Node content) {
        this.content = content;
        this.holder = new Group(content);
        getStyleClass().add("zoom-pane");
        getChildren().add(holder);
        var clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        addEventHandler(ScrollEvent.SCROLL, this::zoom);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX() - holder.getTranslateX();
            dragY = e.getY() - holder.getTranslateY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            autoFit = false;
            holder.setTranslateX(e.getX() - dragX);
            holder.setTranslateY(e.getY() - dragY);
        });
        content.boundsInParentProperty().addListener(o -> fitIfAuto());
        widthProperty().addListener(o -> fitIfAuto());
        heightProperty().addListener(o -> fitIfAuto());
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }

        autoFit = false;
        zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
        e.consume();
    }

    /// Zooms by a factor around a point of this pane (e.g. its centre for the toolbar buttons).
    public void zoomBy(double factor, double pivotX, double pivotY) {
        var old = holder.getScaleX();
        var scale = Math.clamp(old * factor, MIN_SCALE, MAX_SCALE);
        var ratio = scale / old;
        // A Group scales around the centre c of its bounds: a content point shows at c + s·(p − c) + t.
        var bounds = holder.getLayoutBounds();
        var cx = bounds.getMinX() + bounds.getWidth() / 2;
        var cy = bounds.getMinY() + bounds.getHeight() / 2;
        holder.setScaleX(scale);
        holder.setScaleY(scale);
        holder.setTranslateX(pivotX - cx - ratio * (pivotX - holder.getTranslateX() - cx));
        holder.setTranslateY(pivotY - cy - ratio * (pivotY - holder.getTranslateY() - cy));
    }

    /// Zooms in around the centre (for a toolbar button).
    public void zoomIn() {
        autoFit = false;
        zoomBy(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        autoFit = false;
        zoomBy(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /// Fits the whole graph into view and keeps it fitted until the user zooms or pans again.
    public void fit() {
        autoFit = true;
        fitIfAuto();
    }

    private void fitIfAuto() {
        if (!autoFit || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }

        Bounds bounds = content.getBoundsInParent();
        if (bounds.isEmpty() || bounds.getWidth() <= 0) {
            return;
        }
        var scale = Math.clamp(
                Math.min(
                        (getWidth() - 2 * MARGIN) / bounds.getWidth(), (getHeight() - 2 * MARGIN) / bounds.getHeight()),
                MIN_SCALE,
                1.4);
        holder.setScaleX(scale);
        holder.setScaleY(scale);
        // A Group scales around the centre of its own bounds: place that centre in the middle of the pane.
        var centreX = bounds.getMinX() + bounds.getWidth() / 2;
        var centreY = bounds.getMinY() + bounds.getHeight() / 2;
        holder.setTranslateX(getWidth() / 2 - centreX);
        holder.setTranslateY(getHeight() / 2 - centreY);
    }

    @Override
    protected void layoutChildren() {
        holder.relocate(0, 0);
    }

    public double scale() {
        return holder.getScaleX();
    }
}
