package dev.orrery.console.routing;

import dev.orrery.console.graph.GraphCanvas;
import dev.orrery.console.graph.Legend;
import dev.orrery.console.graph.ZoomPane;
import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import dev.orrery.console.ui.Units;
import dev.orrery.console.ui.WhyDisabled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/// The routing graph view with the load generator (FXML controller of `routing.fxml`), bound to
/// [RoutingGraphViewModel] and [LoadGeneratorViewModel].
public final class RoutingGraphView {

    private final RoutingGraphViewModel model;
    private final LoadGeneratorViewModel load;
    private final Selection selection;
    private final GraphCanvas canvas = new GraphCanvas();
    private final ZoomPane zoom = new ZoomPane(canvas, canvas.extentProperty());
    private final EmptyState empty = new EmptyState(
            Feather.SHUFFLE, "No routes yet", "Start a topology with a gateway to see its routes and live traffic.");

    @FXML
    private Label caption;

    @FXML
    private StackPane graphHolder;

    @FXML
    private HBox zoomBar;

    @FXML
    private Button zoomIn;

    @FXML
    private Button zoomOut;

    @FXML
    private Button zoomFit;

    @FXML
    private ComboBox<String> methodPicker;

    @FXML
    private TextField pathField;

    @FXML
    private Spinner<Integer> rateSpinner;

    @FXML
    private Spinner<Integer> durationSpinner;

    @FXML
    private CheckBox tokenBox;

    @FXML
    private StackPane loadStartHost;

    @FXML
    private Button loadStart;

    @FXML
    private Button loadStop;

    @FXML
    private Label loadProblem;

    @FXML
    private Label loadState;

    @FXML
    private Label sentValue;

    @FXML
    private Label failedValue;

    @FXML
    private Label latencyValue;

    @FXML
    private StackPane legendHolder;

    public RoutingGraphView(RoutingGraphViewModel model, LoadGeneratorViewModel load, Selection selection) {
        this.model = model;
        this.load = load;
        this.selection = selection;
    }

    public Parent load() {
        var loader = new FXMLLoader(RoutingGraphView.class.getResource("/dev/orrery/console/routing/routing.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load routing.fxml from the console jar", e);
        }
    }

    @FXML
    private void initialize() {
        graphHolder.getChildren().addAll(0, List.of(zoom, empty));
        Icons.decorate(zoomIn, Feather.ZOOM_IN, "Zoom in (or use the mouse wheel)");
        Icons.decorate(zoomOut, Feather.ZOOM_OUT, "Zoom out");
        Icons.decorate(zoomFit, Feather.MAXIMIZE, "Fit the whole graph into view");
        zoomIn.setOnAction(e -> zoom.zoomIn());
        zoomOut.setOnAction(e -> zoom.zoomOut());
        zoomFit.setOnAction(e -> zoom.fit());
        model.pictureProperty().subscribe(this::show);
        canvas.selectedProperty().addListener((obs, was, now) -> {
            if (!now.startsWith("route:") && !now.equals("gateway") && !now.equals("client")) {
                selection.instanceProperty().set(now);
            }
        });
        selection.instanceProperty().subscribe(id -> canvas.selectedProperty().set(id));
        legendHolder.getChildren().add(legend());
        bindLoadGenerator();
    }

    private void show(RoutingPicture picture) {
        canvas.show(picture.graph());
        empty.setVisible(picture.graph().isEmpty());
        legendHolder.setVisible(!picture.graph().isEmpty());
        zoomBar.setVisible(!picture.graph().isEmpty());
        caption.setText(
                picture.graph().isEmpty()
                        ? ""
                        : picture.requests() == 0
                                ? "No traffic in the last " + 3
                                        + " s: send some with the load generator, curl or a browser."
                                : "Live traffic through the gateway, last 3 s: " + Units.rate(picture.perSecond())
                                        + (picture.errors() > 0
                                                ? " · " + picture.errors() + " failed"
                                                : " · no failures"));
    }

    private void bindLoadGenerator() {
        methodPicker.getItems().setAll("GET", "POST");
        methodPicker.setValue("GET");
        rateSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 500, 20, 5));
        durationSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(5, 3600, 60, 15));
        Icons.decorate(loadStart, Feather.PLAY, "");
        Icons.decorate(loadStop, Feather.SQUARE, "Stop sending");
        WhyDisabled.bind(loadStart, loadStartHost, load.whyNoStartProperty(), "Send this request at this rate");
        loadStop.disableProperty().bind(load.activeProperty().not());
        loadStart.setOnAction(e -> load.start(new LoadForm(
                methodPicker.getValue(),
                pathField.getText(),
                rateSpinner.getValue(),
                durationSpinner.getValue(),
                tokenBox.isSelected())));
        loadStop.setOnAction(e -> load.stop());
        loadProblem.textProperty().bind(load.problemProperty());
        loadProblem.visibleProperty().bind(load.problemProperty().isNotEmpty());
        loadProblem.managedProperty().bind(loadProblem.visibleProperty());
        load.statsProperty().subscribe(this::showStats);
    }

    private void showStats(LoadStats stats) {
        loadState.setText(stats.state());
        sentValue.setText(stats.sent());
        failedValue.setText(stats.failed());
        ToneBadge.applyTone(failedValue, stats.failedTone());
        latencyValue.setText(stats.latency());
    }

    private static Legend legend() {
        var tones = new LinkedHashMap<Tone, String>();
        tones.put(Tone.GOOD, "UP, routable");
        tones.put(Tone.BUSY, "starting or not yet routable");
        tones.put(Tone.BAD, "crashed, or requests failing (red dashes)");
        tones.put(Tone.IDLE, "stopped");
        return new Legend(tones, "edge width = requests per second · moving dashes = traffic flowing");
    }

    public GraphCanvas canvas() {
        return canvas;
    }
}
