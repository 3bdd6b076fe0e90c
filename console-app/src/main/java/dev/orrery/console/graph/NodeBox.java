package dev.orrery.console.graph;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.ToneBadge;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/// A node of a graph: a rounded box with an icon for its state, a title and a detail line, placed by its centre.
final class NodeBox extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final DoubleProperty centerX = new SimpleDoubleProperty();
    private final DoubleProperty centerY = new SimpleDoubleProperty();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final FontIcon icon = Icons.icon(dev.orrery.console.ui.Tone.IDLE.icon());
    private String role = "";

    NodeBox(String key) {
        getStyleClass().add("graph-node");
        setId("node-" + key.replaceAll("[^A-Za-z0-9_-]", "_"));
        getProperties().put("graph-key", key);
        setAlignment(Pos.CENTER);
        title.getStyleClass().add("graph-node-title");
        title.setGraphic(icon);
        detail.getStyleClass().add("graph-node-detail");
        getChildren().addAll(title, detail);
        setManaged(false);
        layoutXProperty().bind(centerX.subtract(widthProperty().divide(2)));
        layoutYProperty().bind(centerY.subtract(heightProperty().divide(2)));
    }

    void show(NodeSpec spec) {
        if (!role.equals(spec.role())) {
            getStyleClass().remove(role);
            role = spec.role();
            getStyleClass().add(role);
        }
        var resized = !title.getText().equals(spec.title()) || !detail.getText().equals(spec.detail());
        title.setText(spec.title());
        detail.setText(spec.detail());
        detail.setVisible(!spec.detail().isEmpty());
        detail.setManaged(!spec.detail().isEmpty());
        icon.setIconCode(spec.tone().icon());
        ToneBadge.applyTone(this, spec.tone());
        if (resized) {
            autosize();
        }
    }

    void selected(boolean on) {
        pseudoClassStateChanged(SELECTED, on);
    }

    DoubleProperty centerXProperty() {
        return centerX;
    }

    DoubleProperty centerYProperty() {
        return centerY;
    }

    String titleText() {
        return title.getText();
    }
}
