package dev.orrery.console.registry;

import dev.orrery.console.graph.GraphCanvas;
import dev.orrery.console.graph.Legend;
import dev.orrery.console.graph.ZoomPane;
import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.Tone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/// The registry graph view (FXML controller of `registry.fxml`), bound to [RegistryGraphViewModel].
public final class RegistryGraphView {

    private final RegistryGraphViewModel model;
    private final Selection selection;
    private final GraphCanvas canvas = new GraphCanvas();
    private final ZoomPane zoom = new ZoomPane(canvas, canvas.extentProperty());
    private final EmptyState empty =
            new EmptyState(Feather.TARGET, "No registry yet", "Start the cluster to see its registry.");

    @FXML
    private BorderPane root;

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
    private Label sideHint;

    @FXML
    private GridPane detailGrid;

    @FXML
    private StackPane legendHolder;

    public RegistryGraphView(RegistryGraphViewModel model, Selection selection) {
        this.model = model;
        this.selection = selection;
    }

    public Parent load() {
        var loader = new FXMLLoader(RegistryGraphView.class.getResource("/dev/orrery/console/registry/registry.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load registry.fxml from the console jar", e);
        }
    }

    @FXML
    private void initialize() {
        graphHolder.getChildren().addAll(0, java.util.List.of(zoom, empty));
        Icons.decorate(zoomIn, Feather.ZOOM_IN, "Zoom in (or use the mouse wheel)");
        Icons.decorate(zoomOut, Feather.ZOOM_OUT, "Zoom out");
        Icons.decorate(zoomFit, Feather.MAXIMIZE, "Fit the whole graph into view");
        zoomIn.setOnAction(e -> zoom.zoomIn());
        zoomOut.setOnAction(e -> zoom.zoomOut());
        zoomFit.setOnAction(e -> zoom.fit());
        model.pictureProperty().subscribe(picture -> {
            canvas.show(picture.graph());
            caption.setText(picture.caption());
            empty.setVisible(picture.graph().isEmpty());
            legendHolder.setVisible(!picture.graph().isEmpty());
            zoomBar.setVisible(!picture.graph().isEmpty());
        });
        canvas.selectedProperty().bindBidirectional(model.selectedProperty());
        model.selectedProperty().addListener((obs, was, now) -> {
            if (!now.startsWith("app:") && !now.equals("registry")) {
                selection.instanceProperty().set(now);
            }
        });
        selection.instanceProperty().subscribe(id -> model.selectedProperty().set(id));
        model.selectedDetails().addListener((ListChangeListener<Detail>) c -> showDetails());
        legendHolder.getChildren().add(legend());
    }

    private void showDetails() {
        detailGrid.getChildren().clear();
        var row = 0;
        for (var detail : model.selectedDetails()) {
            var name = new Label(detail.name());
            name.getStyleClass().add("detail-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            var value = new Label(detail.value());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            detailGrid.addRow(row++, name, value);
        }
        sideHint.setVisible(model.selectedDetails().isEmpty());
        sideHint.setManaged(model.selectedDetails().isEmpty());
    }

    private static Legend legend() {
        var tones = new LinkedHashMap<Tone, String>();
        tones.put(Tone.GOOD, "UP in the registry");
        tones.put(Tone.BUSY, "starting or not yet registered");
        tones.put(Tone.WARN, "DOWN or out of service");
        tones.put(Tone.BAD, "listed, but its process is gone");
        return new Legend(tones, "drag to pan · wheel to zoom · click an instance to select it everywhere");
    }

    public GraphCanvas canvas() {
        return canvas;
    }
}
