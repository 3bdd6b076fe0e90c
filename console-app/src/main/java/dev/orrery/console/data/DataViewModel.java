package dev.orrery.console.data;

import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Data view's state: refreshed every two seconds while the view is shown, on its own thread; results come
/// to the JavaFX thread through the pulse.
public final class DataViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Cluster cluster;
    private final TokenShelf shelf;
    private final UiPulse pulse;
    private final DataReader reader = new DataReader();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("orrery-data-view").daemon(true).factory());
    private final ObjectProperty<DataMode> mode = new SimpleObjectProperty<>(DataMode.NO_CLUSTER);
    private final ObservableList<CollectionItem> collections = FXCollections.observableArrayList();
    private final ObjectProperty<CollectionItem> selected = new SimpleObjectProperty<>();
    private final StringProperty documents = new SimpleStringProperty("");
    private final ObservableList<InstanceAnswer> answers = FXCollections.observableArrayList();
    private final StringProperty caption = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private ScheduledFuture<?> refreshing = null;

    public DataViewModel(Cluster cluster, TokenShelf shelf, UiPulse pulse) {
        this.cluster = cluster;
        this.shelf = shelf;
        this.pulse = pulse;
        selected.addListener((o, before, now) -> showDocuments());
    }

    /// Refreshes every two seconds while `shown`, not at all otherwise.
    public void shown(boolean shown) {
        if (refreshing != null) {
            refreshing.cancel(false);
            refreshing = null;
        }
        if (shown) {
            refreshing = timer.scheduleWithFixedDelay(this::refreshNow, 0, 2, TimeUnit.SECONDS);
        }
    }

    /// Reads once, now (on the view model's thread).
    public void refresh() {
        timer.execute(this::refreshNow);
    }

    private void refreshNow() {
        var snapshot = cluster.snapshot();
        try {
            var next = modeOf(snapshot);
            switch (next) {
                case NO_CLUSTER -> pulse.postLatest(this, () -> show(next, List.of(), List.of(), ""));
                case DATABASE -> {
                    var read =
                            reader.collections(snapshot.addresses().database().orElseThrow());
                    pulse.postLatest(this, () -> show(next, read, List.of(), ""));
                }
                case MEMORY -> {
                    var read = reader.instanceAnswers(snapshot, shelf.current());
                    pulse.postLatest(this, () -> show(next, List.of(), read, ""));
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Reading the cluster's data failed", e);
            pulse.postLatest(this, () -> problem.set(e.getMessage()));
        }
    }

    static DataMode modeOf(ClusterSnapshot snapshot) {
        if (snapshot.state() == ClusterState.STOPPED || snapshot.state() == ClusterState.FAILED) {
            return DataMode.NO_CLUSTER;
        }
        boolean databaseUp = snapshot.addresses().database().isPresent()
                && snapshot.instances().stream()
                        .anyMatch(i -> i.id().componentId().equals("database") && i.state() == InstanceState.UP);
        return databaseUp ? DataMode.DATABASE : snapshot.database().isPresent() ? DataMode.NO_CLUSTER : DataMode.MEMORY;
    }

    private void show(DataMode next, List<CollectionItem> read, List<InstanceAnswer> asked, String error) {
        mode.set(next);
        problem.set(error);
        var keep = selected.get() == null ? "" : selected.get().key();
        collections.setAll(read);
        selected.set(read.stream()
                .filter(c -> c.key().equals(keep))
                .findFirst()
                .orElse(read.stream()
                        .filter(c -> c.name().equals("heroes"))
                        .findFirst()
                        .orElse(read.isEmpty() ? null : read.getFirst())));
        showDocuments();
        answers.setAll(asked);
        caption.set(captionOf(next, read, asked));
    }

    private static String captionOf(DataMode mode, List<CollectionItem> read, List<InstanceAnswer> asked) {
        var at = " · refreshed " + LocalTime.now().format(TIME);
        return switch (mode) {
            case NO_CLUSTER -> "";
            case DATABASE -> "Every instance reads and writes this one database: " + read.size() + " collections" + at;
            case MEMORY ->
                "Storage is in memory: each instance keeps its own copy, so here is what each one answers ("
                        + asked.size() + " instances)" + at;
        };
    }

    private void showDocuments() {
        var item = selected.get();
        documents.set(
                item == null
                        ? ""
                        : item.documents().isEmpty()
                                ? "This collection is empty."
                                : String.join(",\n", item.documents())
                                        + (item.count() > item.documents().size()
                                                ? "\n\n… and "
                                                        + (item.count()
                                                                - item.documents()
                                                                        .size()) + " more"
                                                : ""));
    }

    public ObjectProperty<DataMode> modeProperty() {
        return mode;
    }

    public ObservableList<CollectionItem> collections() {
        return collections;
    }

    public ObjectProperty<CollectionItem> selectedProperty() {
        return selected;
    }

    /// The selected collection's documents, pretty-printed.
    public StringProperty documentsProperty() {
        return documents;
    }

    public ObservableList<InstanceAnswer> answers() {
        return answers;
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        reader.close();
    }
}
