package dev.orrery.console.export;

import dev.orrery.console.ui.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/// The export dialog's content: the files on the left, the selected one's text on the right, what to do next
/// below them, and the folder to write them to at the bottom, always in view.
public final class ExportPreviewView {

    private final ExportViewModel model;
    private final String topologyLabel;

    public ExportPreviewView(ExportViewModel model, String topologyLabel) {
        this.model = model;
        this.topologyLabel = topologyLabel;
    }

    public Parent build(Runnable close) {
        var title =
                new Label("Export '" + topologyLabel + "' to " + model.format().title());
        title.getStyleClass().add("title-3");
        var root = new BorderPane(center(), title, null, bottom(close), null);
        root.setPadding(new Insets(16));
        BorderPane.setMargin(title, new Insets(0, 0, 12, 0));
        root.setPrefSize(960, 640);
        return root;
    }

    /// The preview above the notes; the preview gives way to the notes, and both to the buttons below.
    private VBox center() {
        var notes = new Label();
        notes.setId("export-notes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.textProperty().bind(model.notesProperty());
        var preview = preview();
        VBox.setVgrow(preview, Priority.ALWAYS);
        return new VBox(8, preview, notes);
    }

    private SplitPane preview() {
        var list = new ListView<>(model.files());
        list.setId("export-files");
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty()
                .addListener((o, before, now) -> list.getSelectionModel().select(now));
        var text = new TextArea();
        text.setId("export-preview");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.textProperty().bind(model.selectedProperty().map(PreviewFile::text).orElse(""));
        var split = new SplitPane(list, text);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        return split;
    }

    private VBox bottom(Runnable close) {
        var folder = new TextField();
        folder.setId("export-folder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        var choose = Icons.decorate(new Button("Choose…"), Feather.FOLDER, "Pick the folder to write the files to");
        choose.setOnAction(e -> chooseFolder(choose.getScene().getWindow()));
        var write = Icons.decorate(new Button("Write files"), Feather.DOWNLOAD, "Write the files shown above");
        write.setId("export-write");
        write.setDefaultButton(true);
        write.setOnAction(e -> model.write());
        write.disableProperty()
                .bind(model.busyProperty().or(folder.textProperty().isEmpty()));
        var done = new Button("Close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        var status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        var actions = new HBox(8, new Label("Folder"), folder, choose, write, done);
        actions.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(8, actions, status);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private void chooseFolder(Window owner) {
        var chooser = new DirectoryChooser();
        chooser.setTitle("Write the " + model.format().title() + " files to");
        var chosen = chooser.showDialog(owner);
        if (chosen != null) {
            model.folderProperty()
                    .set(chosen.toPath().resolve(model.format().defaultFolder()).toString());
        }
    }
}
