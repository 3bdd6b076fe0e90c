package dev.orrery.console.graph;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/// Shows a graph with zoom (mouse wheel, around the pointer) and pan (drag). Until the user zooms or pans, the
/// content is kept fitted to the visible area as it grows or shrinks; [#fit()] returns to that.
///
/// A content point `p` shows at `t + s·p` (translate `t`, scale `s`).
public final class ZoomPane extends Region {

    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 3;
    private static final double MAX_FIT_SCALE = 1.25;
    private static final double MARGIN = 28;

    private final ObservableValue<Bounds> extent;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private boolean autoFit = true;
    private double dragX;
    private double dragY;

    /// @param extent the area the content's drawing covers, in the content's own coordinates
    public ZoomPane(Node content, ObservableValue<Bounds> extent) {
        this.extent = extent;
        getStyleClass().add("zoom-pane");
        content.setManaged(false);
        content.getTransforms().setAll(translate, scale);
        getChildren().add(content);
        var clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        addEventHandler(ScrollEvent.SCROLL, this::zoom);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX() - translate.getX();
            dragY = e.getY() - translate.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            autoFit = false;
            translate.setX(e.getX() - dragX);
            translate.setY(e.getY() - dragY);
        });
        extent.addListener(o -> fitIfAuto());
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

    /// Zooms by a factor, keeping the content point under (`pivotX`, `pivotY`) where it is.
    public void zoomBy(double factor, double pivotX, double pivotY) {
        var old = scale.getX();
        var next = Math.clamp(old * factor, MIN_SCALE, MAX_SCALE);
        var contentX = (pivotX - translate.getX()) / old;
        var contentY = (pivotY - translate.getY()) / old;
        scale.setX(next);
        scale.setY(next);
        translate.setX(pivotX - next * contentX);
        translate.setY(pivotY - next * contentY);
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
        var bounds = extent.getValue();
        if (!autoFit || getWidth() <= 0 || getHeight() <= 0 || bounds == null || bounds.isEmpty()) {
            return;
        }

        var next = Math.clamp(
                Math.min(
                        (getWidth() - 2 * MARGIN) / Math.max(1, bounds.getWidth()),
                        (getHeight() - 2 * MARGIN) / Math.max(1, bounds.getHeight())),
                MIN_SCALE,
                MAX_FIT_SCALE);
        scale.setX(next);
        scale.setY(next);
        translate.setX(getWidth() / 2 - next * (bounds.getMinX() + bounds.getWidth() / 2));
        translate.setY(getHeight() / 2 - next * (bounds.getMinY() + bounds.getHeight() / 2));
    }

    public double scale() {
        return scale.getX();
    }
}
