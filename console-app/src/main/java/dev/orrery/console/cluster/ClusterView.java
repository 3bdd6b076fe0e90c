package dev.orrery.console.cluster;

import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.Tone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// The cluster table (FXML controller of `cluster.fxml`): components as groups, their instances as rows, with
/// the commands of each row; bound to [ClusterViewModel].
public final class ClusterView {

    private static final int NEW_ROWS_PER_FRAME = 4;
    // Rows of the hidden sample: as many as a tall window shows, so that the first rows of a cluster reuse its cells.
    private static final int SAMPLE_ROWS = 24;

    private final ClusterViewModel model;
    private final Selection selection;
    private final Consumer<String> browser;
    // One tree item per component and instance, kept with its row object for as long as it is listed: a tree item
    // that gets a new value makes the table rebuild all its cells (see LiveRow).
    private final Map<String, TreeItem<LiveRow>> items = new HashMap<>();
    private final TreeItem<LiveRow> rootItem = new TreeItem<>();
    // While there is no cluster the table is hidden and holds stopped sample instances: loading, compiling and
    // styling the first rows of cells and buttons costs a fresh console ~0.2 s, which the window's opening then
    // absorbs instead of freezing the table as the first cluster starts; real rows reuse the cells.
    private final TreeItem<LiveRow> sample = sample();
    private final AnimationTimer nextFrame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            showRows();
        }
    };
    private final EmptyState empty =
            new EmptyState(Feather.GRID, "No cluster yet", "Choose a topology in the header and press Start (F5).");

    @FXML
    private VBox root;

    @FXML
    private Label caption;

    @FXML
    private Label problem;

    @FXML
    private StackPane tableHolder;

    @FXML
    private TreeTableView<LiveRow> table;

    @FXML
    private VBox crashBanner;

    @FXML
    private Label crashHeadline;

    @FXML
    private Label crashLines;

    @FXML
    private Button crashRestart;

    @FXML
    private Button crashLogs;

    @FXML
    private Button crashDismiss;

    /// @param browser opens a URL in the user's browser (off the JavaFX thread)
    public ClusterView(ClusterViewModel model, Selection selection, Consumer<String> browser) {
        this.model = model;
        this.selection = selection;
        this.browser = browser;
    }

    public Parent load() {
        var loader = new FXMLLoader(ClusterView.class.getResource("/dev/orrery/console/cluster/cluster.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load cluster.fxml from the console jar", e);
        }
    }

    @FXML
    private void initialize() {
        caption.textProperty().bind(model.captionProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        table.setRoot(rootItem);
        new ClusterColumns(model, selection, browser).install(table);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Rows of one height (three lines of the window's font: the action buttons' height) spare the table from
        // measuring every row, each a row of labels and buttons, whenever it lays out or shows again.
        table.fixedCellSizeProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.ceil(caption.getFont().getSize() * 3), caption.fontProperty()));
        tableHolder.getChildren().add(empty);
        model.components().addListener((ListChangeListener<ComponentRow>) c -> showRows());
        showRows();
        bindCrashBanner();
        bindSelection();
    }

    /// Shows the view model's rows: new components and instances get a tree item, gone ones lose theirs, and the
    /// others only get their new values, so the table repaints just the cells whose text changed. New instances
    /// come a few per frame: fifty at once (a cluster starting) would build every visible row in one layout pass.
    private void showRows() {
        var seen = new HashSet<String>();
        var groups = new ArrayList<TreeItem<LiveRow>>();
        var budget = NEW_ROWS_PER_FRAME;
        for (var component : model.components()) {
            var group = item(component, seen);
            var children = new ArrayList<TreeItem<LiveRow>>();
            for (var instance : component.instances()) {
                if (items.containsKey(key(instance)) || budget-- > 0) {
                    children.add(item(instance, seen));
                }
            }
            showChildren(group, children);
            group.setExpanded(true);
            groups.add(group);
        }
        showChildren(rootItem, groups.isEmpty() ? List.of(sample) : groups);
        items.keySet().retainAll(seen);
        empty.setVisible(groups.isEmpty());
        table.setVisible(!groups.isEmpty());
        if (budget < 0) {
            nextFrame.start();
        }
    }

    private static TreeItem<LiveRow> sample() {
        var instances = IntStream.rangeClosed(1, SAMPLE_ROWS)
                .mapToObj(ClusterView::sampleInstance)
                .toList();
        var notRunning = "Start the cluster first";
        var component = new ComponentRow("sample", "sample", "", SAMPLE_ROWS, true, notRunning, notRunning, instances);
        var group = new TreeItem<>(new LiveRow(component));
        instances.forEach(i -> group.getChildren().add(new TreeItem<>(new LiveRow(i))));
        group.setExpanded(true);
        return group;
    }

    private static InstanceRow sampleInstance(int n) {
        var notRunning = "Start the cluster first";
        return new InstanceRow(
                "sample-" + n,
                "sample",
                Tone.IDLE,
                "STOPPED",
                "0",
                "—",
                "—",
                "—",
                "0",
                notRunning,
                notRunning,
                notRunning,
                notRunning,
                "http://127.0.0.1:0");
    }

    /// Appends when only new items came at the end (the usual case), so the table keeps the rows it has.
    private static void showChildren(TreeItem<LiveRow> parent, List<TreeItem<LiveRow>> children) {
        var current = parent.getChildren();
        if (current.equals(children)) {
            return;
        }
        if (children.size() > current.size()
                && children.subList(0, current.size()).equals(current)) {
            current.addAll(children.subList(current.size(), children.size()));
            return;
        }

        current.setAll(children);
    }

    private TreeItem<LiveRow> item(ClusterEntry entry, Set<String> seen) {
        var key = key(entry);
        seen.add(key);
        var item = items.computeIfAbsent(key, k -> new TreeItem<>(new LiveRow(entry)));
        item.getValue().show(entry);
        return item;
    }

    private static String key(ClusterEntry entry) {
        return (entry instanceof ComponentRow ? "component:" : "instance:") + entry.id();
    }

    private void bindCrashBanner() {
        model.crashProperty().subscribe(note -> {
            crashBanner.setVisible(note.isPresent());
            crashBanner.setManaged(note.isPresent());
            note.ifPresent(n -> {
                crashLines.setText(n.lastLines().isEmpty() ? "(no log lines)" : n.lastLines());
                // While its restart policy starts it again, starting it by hand would only get in the way.
                crashRestart.setVisible(!n.restarting());
                crashRestart.setManaged(!n.restarting());
                crashHeadline.setText(
                        n.headline() + (n.restarting() ? " — being restarted by its restart policy" : ""));
                crashRestart.setOnAction(e -> {
                    model.start(n.instanceId());
                    model.dismissCrash();
                });
                crashLogs.setOnAction(e -> selection.openLogs(n.instanceId()));
            });
        });
        crashDismiss.setOnAction(e -> model.dismissCrash());
    }

    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (item != null && !item.getValue().component()) {
                selection.instanceProperty().set(item.getValue().id());
            }
        });
        selection.instanceProperty().subscribe(id -> {
            var item = items.get("instance:" + id);
            if (item != null && table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
        });
    }

    public VBox root() {
        return root;
    }
}
