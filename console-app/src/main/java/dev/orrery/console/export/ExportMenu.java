package dev.orrery.console.export;

import dev.orrery.console.ui.Icons;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/// The two export commands of the Cluster menu, each opening a preview of the files for the selected topology.
public final class ExportMenu {

    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    private final Supplier<Optional<Selected>> topology;
    private final Supplier<Window> window;

    /// @param topology the topology selected in the window, if any
    public ExportMenu(Supplier<Optional<Selected>> topology, Supplier<Window> window) {
        this.topology = topology;
        this.window = window;
    }

    public List<MenuItem> items() {
        return List.of(item(ExportFormat.KUBERNETES, Feather.BOX), item(ExportFormat.COMPOSE, Feather.LAYERS));
    }

    private MenuItem item(ExportFormat format, Feather icon) {
        var item = new MenuItem("Export to " + format.title() + "…", Icons.icon(icon));
        item.setId("export-" + format.name().toLowerCase(Locale.ROOT));
        item.setOnAction(e -> topology.get().ifPresent(selected -> open(format, selected)));
        return item;
    }

    /// Opens the preview dialog for one export.
    public void open(ExportFormat format, Selected selected) {
        var folder = Path.of(System.getProperty("user.home"), format.defaultFolder());
        var model = new ExportViewModel(format, selected.key(), folder, BACKGROUND);
        var stage = new Stage();
        stage.initOwner(window.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export to " + format.title());
        var scene = new Scene(new ExportPreviewView(model, selected.label()).build(stage::close));
        scene.getStylesheets().setAll(window.get().getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        model.prepare();
    }

    /// The topology to export: what the picker shows and what identifies it (a preset's name or a file's path).
    public record Selected(String label, String key) {}
}
