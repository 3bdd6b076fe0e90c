package dev.orrery.console.logs;

import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.Showing;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/// The logs view (FXML controller of `logs.fxml`), bound to [LogViewModel].
public final class LogView {

    private final LogViewModel model;
    // Held in a field: a binding nothing refers to could be collected and stop following the filters.
    private ObservableValue<String> emptyHint = new SimpleStringProperty("");
    private final Selection selection;
    private final EmptyState empty = new EmptyState(
            Feather.ALIGN_LEFT, "No log lines", "Start the cluster: every instance's output appears here.");

    @FXML
    private VBox root;

    @FXML
    private ComboBox<String> instancePicker;

    @FXML
    private ComboBox<LogLevel> levelPicker;

    @FXML
    private TextField searchField;

    @FXML
    private ToggleButton followToggle;

    @FXML
    private ToggleButton pauseToggle;

    @FXML
    private Label countLabel;

    @FXML
    private Button copyButton;

    @FXML
    private Button clearButton;

    @FXML
    private StackPane listHolder;

    @FXML
    private ListView<LogEntry> list;

    public LogView(LogViewModel model, Selection selection) {
        this.model = model;
        this.selection = selection;
    }

    public Parent load() {
        var loader = new FXMLLoader(LogView.class.getResource("/dev/orrery/console/logs/logs.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load logs.fxml from the console jar", e);
        }
    }

    @FXML
    private void initialize() {
        instancePicker.setItems(model.instances());
        instancePicker.valueProperty().bindBidirectional(model.instanceProperty());
        levelPicker.setItems(FXCollections.observableArrayList(LogLevel.values()));
        levelPicker.setConverter(levelNames());
        levelPicker.valueProperty().bindBidirectional(model.minimumLevelProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        followToggle.selectedProperty().bindBidirectional(model.followProperty());
        pauseToggle.selectedProperty().bindBidirectional(model.pausedProperty());
        Icons.decorate(followToggle, Feather.CHEVRONS_DOWN, "Keep showing the newest line");
        Icons.decorate(pauseToggle, Feather.PAUSE, "Hold new lines back while you read; they show when you resume");
        Icons.decorate(copyButton, Feather.COPY, "Copy the selected lines (or all shown lines) to the clipboard");
        Icons.decorate(clearButton, Feather.TRASH_2, "Clear the lines shown here (log files stay on disk)");
        copyButton.setOnAction(e -> copy());
        clearButton.setOnAction(e -> model.clear());
        countLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        this::countText, model.visibleLines(), model.lines(), model.waitingProperty()));
        setUpList();
        selection.instanceProperty().subscribe(id -> {
            if (!id.isEmpty() && model.instances().contains(id)) {
                model.instanceProperty().set(id);
            }
        });
    }

    private void setUpList() {
        list.setItems(model.visibleLines());
        list.setCellFactory(v -> new LogCell());
        // A fixed cell height lets the list skip measuring each line: it stays fast with many lines.
        list.setFixedCellSize(24);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        listHolder.getChildren().add(empty);
        empty.visibleProperty().bind(Bindings.isEmpty(model.visibleLines()));
        // Named when only one instance is shown (clicking a row of the Cluster view chooses it), so that an empty
        // list is not taken for a silent cluster.
        emptyHint = Bindings.createStringBinding(
                () -> emptyHint(
                        model.runningProperty().get(), model.instanceProperty().get()),
                model.runningProperty(),
                model.instanceProperty());
        emptyHint.subscribe(empty::hint);
        // One scroll per batch of lines, and none while the view is hidden: it catches up when shown again.
        var showing = Showing.of(list);
        model.visibleLines().addListener((ListChangeListener<LogEntry>) c -> follow(showing));
        showing.subscribe(shown -> follow(showing));
    }

    private static String emptyHint(boolean running, String instance) {
        if (!running) {
            return "Start the cluster: every instance's output appears here.";
        }
        if (!LogViewModel.ALL.equals(instance)) {
            return "No lines of " + instance + " match the filters above; choose '" + LogViewModel.ALL
                    + "' to see every instance.";
        }
        return "The cluster runs: its instances' lines appear here as they write them (or change the filters above).";
    }

    private void follow(ObservableBooleanValue showing) {
        if (showing.get()
                && model.followProperty().get()
                && !model.visibleLines().isEmpty()) {
            list.scrollTo(model.visibleLines().size() - 1);
        }
    }

    private String countText() {
        var shown = model.visibleLines().size();
        var waiting = model.waitingProperty().get();
        var text = shown == model.lines().size()
                ? shown + " lines"
                : shown + " of " + model.lines().size() + " lines";
        return waiting > 0 ? text + " · " + waiting + " waiting (paused)" : text;
    }

    private void copy() {
        var chosen = list.getSelectionModel().getSelectedItems();
        var text = LogViewModel.asText(chosen.isEmpty() ? model.visibleLines() : chosen);
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /// Puts the focus in the search field (Ctrl+F).
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private static StringConverter<LogLevel> levelNames() {
        return new StringConverter<>() {
            @Override
            public String toString(LogLevel level) {
                return level == null ? "" : level == LogLevel.TRACE ? "All levels" : level.name() + " and above";
            }

            @Override
            public LogLevel fromString(String text) {
                return LogLevel.TRACE;
            }
        };
    }

    public VBox root() {
        return root;
    }
}
