package dev.orrery.console.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/// The About dialog: what Orrery is and the versions it runs on.
public final class AboutDialog extends Dialog<ButtonType> {

    public AboutDialog(Window owner, Version version, Image icon) {
        initOwner(owner);
        setTitle("About Orrery");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStyleClass().add("about");
        getDialogPane().setContent(content(version, icon));
        // Escape closes it wherever the focus is (a label or the logo holds no cancel handling of its own).
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                setResult(ButtonType.CLOSE);
                close();
            }
        });
    }

    private static HBox content(Version version, Image icon) {
        var logo = new ImageView(icon);
        logo.setFitWidth(96);
        logo.setPreserveRatio(true);
        var name = new Label("Orrery " + version.orrery());
        name.getStyleClass().add("title-2");
        var what = new Label("A desktop working model of a microservice cluster:\n"
                + "registry, gateway, services, database and tokens, live on your machine.");
        what.setWrapText(true);
        var versions = new GridPane(12, 4);
        versions.addRow(0, new Label("Java"), new Label(version.java()));
        versions.addRow(1, new Label("JavaFX"), new Label(version.javafx()));
        versions.addRow(2, new Label("Theme"), new Label("AtlantaFX Primer · icons: Feather via Ikonli"));
        versions.addRow(
                3, new Label("System"), new Label(System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        var text = new VBox(10, name, what, versions);
        var box = new HBox(24, logo, text);
        box.setPadding(new Insets(12));
        return box;
    }
}
