package dev.orrery.console.export;

import dev.orrery.runtime.export.ComposeExport;
import dev.orrery.runtime.export.ExportBundle;
import dev.orrery.runtime.export.ExportOptions;
import dev.orrery.runtime.export.KubernetesExport;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyParser;
import dev.orrery.runtime.topology.TopologyPresets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Makes an export of one topology off the JavaFX thread, offers its files for preview, and writes them where the
/// user says. The export (with its new key pair) is made once per dialog, so what is written is what was shown.
public final class ExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    private final ExportFormat format;
    private final String topologyKey;
    private final Executor background;
    private final ObservableList<PreviewFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable PreviewFile> selected = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final AtomicReference<@Nullable ExportBundle> bundle = new AtomicReference<>();

    /// @param topologyKey a preset's file name (`4-tokens.yaml`) or a topology file's absolute path
    public ExportViewModel(ExportFormat format, String topologyKey, Path defaultFolder, Executor background) {
        this.format = format;
        this.topologyKey = topologyKey;
        this.background = background;
        folder.set(defaultFolder.toString());
    }

    public ExportFormat format() {
        return format;
    }

    /// Makes the export; its files appear when it is done.
    public void prepare() {
        busy.set(true);
        status.set("Preparing the " + format.title() + " files (a new key pair is made for them)…");
        CompletableFuture.supplyAsync(this::export, background)
                .whenComplete((made, failure) -> onFx(() -> {
                    busy.set(false);
                    if (failure != null) {
                        status.set("The export failed: " + message(failure));
                        return;
                    }
                    bundle.set(made);
                    files.setAll(made.files().stream()
                            .map(f -> new PreviewFile(f.path(), f.preview(), f.secret()))
                            .toList());
                    selected.set(files.isEmpty() ? null : files.getFirst());
                    notes.set(String.join("\n", made.notes()));
                    status.set(files.size() + " files ready. Choose a folder and write them.");
                }));
    }

    /// Writes the previewed files into the chosen folder.
    public void write() {
        var made = bundle.get();
        if (made == null || busy.get()) {
            return;
        }
        var target = Path.of(folder.get().strip());
        busy.set(true);
        CompletableFuture.supplyAsync(() -> made.write(target), background)
                .whenComplete((written, failure) -> onFx(() -> {
                    busy.set(false);
                    status.set(
                            failure != null
                                    ? "Nothing written: " + message(failure)
                                    : "Wrote " + written.size() + " files to " + target.toAbsolutePath() + ". "
                                            + format.nextStep());
                }));
    }

    private ExportBundle export() {
        var topology = topology();
        var options = ExportOptions.defaults();
        return format == ExportFormat.KUBERNETES
                ? new KubernetesExport(options).export(topology)
                : new ComposeExport(options).export(topology);
    }

    private Topology topology() {
        try {
            return TopologyPresets.NAMES.contains(topologyKey)
                    ? TopologyPresets.load(topologyKey)
                    : new TopologyParser().read(Path.of(topologyKey));
        } catch (TopologyException e) {
            throw new CompletionException(e);
        }
    }

    private static String message(Throwable failure) {
        var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        LOG.warn("Export failed", cause);
        return String.valueOf(cause.getMessage());
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ObservableList<PreviewFile> files() {
        return files;
    }

    public ObjectProperty<@Nullable PreviewFile> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
