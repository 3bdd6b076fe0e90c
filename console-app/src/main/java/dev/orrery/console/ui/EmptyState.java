package dev.orrery.console.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/// What a view shows when it has nothing to show yet: an icon, a title and what to do about it.
public final class EmptyState extends VBox {

    private final Label title = new Label();
    private final Label hint = new Label();

    public EmptyState(Ikon ikon, String titleText, String hintText) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        var icon = Icons.icon(ikon);
        icon.getStyleClass().add("empty-state-icon");
        title.getStyleClass().add("empty-state-title");
        hint.getStyleClass().add("empty-state-hint");
        hint.setWrapText(true);
        title.setText(titleText);
        hint.setText(hintText);
        getChildren().addAll(icon, title, hint);
        setMouseTransparent(true);
    }

    public void hint(String text) {
        hint.setText(text);
    }
}
