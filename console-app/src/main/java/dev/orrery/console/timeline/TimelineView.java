package dev.orrery.console.timeline;

import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.Showing;
import dev.orrery.console.ui.Tone;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// The timeline view, bound to [TimelineViewModel]: lanes with fault and outage spans on a live time axis, the
/// selected span's exact times, and the same events as a list (newest first).
public final class TimelineView {

    private static final String HOW_TO_READ =
            "click a span for its exact times, a name to select the instance everywhere";

    private static final String NO_CLUSTER_HINT = "Start the cluster: each instance gets a lane here. Faults you"
            + " inject (menu → Chaos: kill, pause, slow, flaky) and outages (crashed, restarting, down) then show as"
            + " spans from their start to their end, restarts by policy as markers.";
    private static final String QUIET_HINT = "Nothing broken yet. Inject a fault from the menu → Chaos (kill, pause,"
            + " slow, flaky): it shows as a span on its instance's lane from injection to heal or recovery.";

    private final TimelineViewModel model;
    private final TimelineChart chart;
    private final ObservableList<TimelineEntry> rows = FXCollections.observableArrayList();
    private final EmptyState empty = new EmptyState(Feather.CLOCK, "No timeline yet", NO_CLUSTER_HINT);
    private final Label hint = new Label(QUIET_HINT);
    private final Label detail = new Label();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");

    public TimelineView(TimelineViewModel model, Selection selection) {
        this.model = model;
        this.chart = new TimelineChart(id -> selection.instanceProperty().set(id));
    }

    public Parent load() {
        var title = new Label("Timeline");
        title.getStyleClass().add("view-title");
        var captionLabel = new Label();
        captionLabel.getStyleClass().add("view-caption");
        captionLabel.textProperty().bind(caption.getReadOnlyProperty());
        var legend = new HBox(16, windowChoice(), TimelineLegend.build());
        legend.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().addAll("view-caption", "timeline-hint");
        hint.setWrapText(true);
        hint.setGraphic(Icons.icon(Feather.ZAP));
        var split = new SplitPane(chartArea(), listArea());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        var root = new VBox(title, captionLabel, legend, hint, split);
        root.getStyleClass().addAll("view", "timeline-view");
        root.getStylesheets().add(stylesheet());
        var showing = Showing.of(root);
        model.pictureProperty().subscribe(picture -> showWhileVisible(showing, picture));
        showing.subscribe(
                shown -> showWhileVisible(showing, model.pictureProperty().get()));
        return root;
    }

    /// One toggle per window the axis can show; the five minutes are chosen first.
    private HBox windowChoice() {
        var group = new ToggleGroup();
        var choice = new HBox(2);
        for (var window : TimelineRecorder.WINDOWS) {
            var toggle = new ToggleButton(window.toMinutes() + " min");
            toggle.setId("timeline-window-" + window.toMinutes());
            toggle.setToggleGroup(group);
            toggle.setSelected(window.equals(TimelineRecorder.WINDOW));
            toggle.setTooltip(Icons.tooltip("Show the last " + window.toMinutes() + " min on the time axis"));
            toggle.setOnAction(e -> {
                toggle.setSelected(true);
                model.window(window);
            });
            choice.getChildren().add(toggle);
        }
        return choice;
    }

    private StackPane chartArea() {
        var scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("timeline-scroll");
        return new StackPane(scroll, empty);
    }

    private VBox listArea() {
        detail.getStyleClass().add("timeline-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.textProperty().bind(chart.selectedProperty());
        detail.visibleProperty().bind(chart.selectedProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        var table = new TableView<>(rows);
        table.setId("timeline-events");
        table.setPlaceholder(new Label("No events yet: they appear here as they happen."));
        table.getColumns().setAll(List.of(timeColumn(), column("Instance", 170, TimelineEntry::lane), whatColumn()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        var list = new VBox(8, detail, table);
        list.getStyleClass().add("timeline-list");
        return list;
    }

    private static TableColumn<TimelineEntry, String> timeColumn() {
        return column("Time", 110, e -> TimelineText.exact(e.time()));
    }

    private static TableColumn<TimelineEntry, String> column(
            String title, double width, Function<TimelineEntry, String> text) {
        var column = new TableColumn<TimelineEntry, String>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.7);
        column.setMaxWidth(width * 1.5);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private static TableColumn<TimelineEntry, TimelineEntry> whatColumn() {
        var column = new TableColumn<TimelineEntry, TimelineEntry>("What happened");
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean emptyCell) {
                super.updateItem(entry, emptyCell);
                getStyleClass().removeAll(Tone.allStyleClasses());
                setText(emptyCell || entry == null ? "" : entry.text());
                if (!emptyCell && entry != null) {
                    getStyleClass().add(entry.tone().styleClass());
                }
            }
        });
        return column;
    }

    /// A view the window does not show now skips pictures (none costs the JavaFX thread anything); the newest one
    /// is shown as soon as the view shows again.
    private void showWhileVisible(ObservableBooleanValue showing, TimelinePicture picture) {
        if (showing.get()) {
            show(picture);
        }
    }

    private void show(TimelinePicture picture) {
        chart.show(picture);
        var noLanes = picture.lanes().isEmpty();
        empty.setVisible(noLanes);
        hint.setVisible(!noLanes && picture.quiet());
        hint.setManaged(hint.isVisible());
        caption.set(
                noLanes
                        ? ""
                        : "Last " + picture.window().toMinutes() + " min · "
                                + picture.lanes().size() + " lanes · " + HOW_TO_READ);
        EntryRows.follow(rows, picture.entries());
    }

    private static String stylesheet() {
        return Objects.requireNonNull(
                        TimelineView.class.getResource("/dev/orrery/console/timeline/timeline.css"),
                        "timeline.css is missing from the console jar")
                .toExternalForm();
    }

    /// The chart, for tests that look at its spans.
    public TimelineChart chart() {
        return chart;
    }
}
