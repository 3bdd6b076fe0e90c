package dev.orrery.console.shell;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import dev.orrery.console.ui.WhyDisabled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/// The window's frame (FXML controller of `shell.fxml`): header, side bar, content and status bar, bound to the
/// shell's view model.
///
/// FXML controllers are the one place without constructor injection by FXML itself; this one is created in code
/// and handed to the loader, so it still gets its collaborators through its constructor.
public final class ShellView {

    private static final long JOIN_AFTER_NANOS = 1_000_000_000L;

    private final ShellViewModel model;
    private final Appearance appearance;
    private final Map<ViewId, Node> views;
    private final ShellMenu menu;
    private final ObjectProperty<ViewId> current = new SimpleObjectProperty<>(ViewId.CLUSTER);
    private final Map<ViewId, ToggleButton> sideButtons = new EnumMap<>(ViewId.class);
    private ObservableValue<Tone> statusTone = new SimpleObjectProperty<>(Tone.IDLE);
    // Every view joins the window hidden before it first shows, so their styles are computed before the first frame
    // rather than on a click. Once the window shows, after a short rest, each hidden view is laid out at the size it
    // will show in, one per frame: its lists and tables build their cells then, while the user reads the window.
    private final AnimationTimer layingOut = new AnimationTimer() {
        private long first = -1;

        @Override
        public void handle(long now) {
            first = first < 0 ? now : first;
            if (now - first < JOIN_AFTER_NANOS) {
                return;
            }
            for (var view : content.getChildren()) {
                if (!view.isVisible() && !laidOut.contains(view)) {
                    // Unmanaged, the content pane would leave a hidden view at size zero.
                    view.resizeRelocate(0, 0, content.getWidth(), content.getHeight());
                    laidOut.add(view);
                    return;
                }
            }
            stop();
            viewsBuilt.set(true);
        }
    };
    private final Set<Node> laidOut = new HashSet<>();
    private final ReadOnlyBooleanWrapper viewsBuilt = new ReadOnlyBooleanWrapper();

    @FXML
    private BorderPane root;

    @FXML
    private ImageView logo;

    @FXML
    private ComboBox<TopologyChoice> topologyPicker;

    @FXML
    private Button startButton;

    @FXML
    private Button stopButton;

    @FXML
    private StackPane startHost;

    @FXML
    private StackPane stopHost;

    @FXML
    private Label progressLabel;

    @FXML
    private Label healthBadge;

    @FXML
    private Label crashedBadge;

    @FXML
    private Label attachBadge;

    @FXML
    private ToggleButton themeToggle;

    @FXML
    private MenuButton moreMenu;

    @FXML
    private HBox problemBar;

    @FXML
    private Label problemText;

    @FXML
    private Button problemFix;

    @FXML
    private Button problemDismiss;

    @FXML
    private VBox sideBar;

    @FXML
    private StackPane content;

    @FXML
    private HBox statusBar;

    @FXML
    private Label statusCluster;

    @FXML
    private Label statusRegistry;

    @FXML
    private Label statusGateway;

    @FXML
    private Label statusDatabase;

    @FXML
    private Label statusMemory;

    @FXML
    private Label statusVersion;

    public ShellView(ShellViewModel model, Appearance appearance, Map<ViewId, Node> views, ShellMenu menu) {
        this.model = model;
        this.appearance = appearance;
        this.views = Map.copyOf(views);
        this.menu = menu;
    }

    @FXML
    private void initialize() {
        logo.setImage(AppIcon.image(48));
        bindHeader();
        buildSideBar();
        bindStatusBar();
        themeToggle.selectedProperty().bindBidirectional(appearance.darkProperty());
        Icons.decorate(themeToggle, Feather.MOON, "Dark theme (Ctrl+D)");
        Icons.decorate(moreMenu, Feather.MENU, "More: topology files, data folder, presentation mode, About");
        menu.fill(moreMenu);
        for (var id : ViewId.values()) {
            var view = views.get(id);
            if (view != null) {
                view.setVisible(false);
                view.setManaged(false);
                content.getChildren().add(view);
            }
        }
        current.subscribe(this::show);
        root.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .subscribe(showing -> {
                    if (Boolean.TRUE.equals(showing)) {
                        layingOut.start();
                    }
                });
    }

    private void bindHeader() {
        new TopologyPicker(topologyPicker, model, menu::openTopologyFile).bind();
        Icons.decorate(startButton, Feather.PLAY, "");
        Icons.decorate(stopButton, Feather.STOP_CIRCLE, "");
        WhyDisabled.bind(
                startButton, startHost, model.startBlockedReasonProperty(), "Start the selected topology (F5)");
        WhyDisabled.bind(
                stopButton,
                stopHost,
                model.stopBlockedReasonProperty(),
                "Stop every process of the cluster (Shift+F5)");
        startButton.setOnAction(e -> menu.start());
        stopButton.setOnAction(e -> menu.stop());
        progressLabel.textProperty().bind(model.progressProperty());
        var progressTip = Icons.tooltip("");
        progressTip.textProperty().bind(model.progressProperty());
        progressLabel.setTooltip(progressTip);
        healthBadge.textProperty().bind(model.healthProperty());
        healthBadge.visibleProperty().bind(model.healthProperty().isNotEmpty());
        healthBadge.managedProperty().bind(healthBadge.visibleProperty());
        healthBadge.setGraphic(Icons.icon(Feather.ACTIVITY));
        model.healthToneProperty().subscribe(tone -> ToneBadge.applyTone(healthBadge, tone));
        crashedBadge.textProperty().bind(Bindings.format("%d crashed", model.crashedProperty()));
        crashedBadge.setGraphic(Icons.icon(Tone.BAD.icon()));
        crashedBadge.visibleProperty().bind(model.crashedProperty().greaterThan(0));
        crashedBadge.managedProperty().bind(crashedBadge.visibleProperty());
        attachBadge.textProperty().bind(model.attachmentProperty());
        attachBadge.visibleProperty().bind(model.attachmentProperty().isNotEmpty());
        attachBadge.managedProperty().bind(attachBadge.visibleProperty());
        attachBadge.setGraphic(Icons.icon(Feather.LINK));
        attachBadge.setTooltip(
                Icons.tooltip("This console shows a cluster it did not start; closing the window leaves it running."
                        + " Detach: menu → Cluster → Detach"));
        // The first line says what failed; the rest (e.g. a crashed instance's last lines) goes to the tooltip.
        problemText
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.problemProperty().get().lines().findFirst().orElse(""), model.problemProperty()));
        var problemTip = Icons.tooltip("");
        problemTip.textProperty().bind(model.problemProperty());
        problemText.setTooltip(problemTip);
        problemText.setGraphic(Icons.icon(Feather.ALERT_CIRCLE));
        problemBar.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());
        problemDismiss.setOnAction(e -> model.problemProperty().set(""));
        problemFix
                .textProperty()
                .bind(model.problemFixProperty()
                        .map(f -> f.map(ProblemFix::label).orElse("")));
        problemFix.visibleProperty().bind(model.problemFixProperty().map(Optional::isPresent));
        problemFix.managedProperty().bind(problemFix.visibleProperty());
        problemFix.setOnAction(e -> model.problemFixProperty().get().ifPresent(fix -> {
            model.problemProperty().set("");
            fix.apply().run();
        }));
    }

    private void buildSideBar() {
        var group = new ToggleGroup();
        for (var id : ViewId.values()) {
            var button = new ToggleButton(id.title());
            Icons.decorate(button, id.icon(), id.title() + " (" + id.shortcut().getDisplayText() + ")");
            button.setToggleGroup(group);
            button.getStyleClass().add("side-bar-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> current.set(id));
            button.setId("nav-" + id.fileName());
            sideButtons.put(id, button);
            sideBar.getChildren().add(button);
        }
    }

    private void bindStatusBar() {
        // Running with an instance down reads "degraded", as in the Cluster view's subtitle and the header's count.
        var degradedNow = model.phaseProperty().isEqualTo(ClusterPhase.RUNNING).and(model.degradedProperty());
        statusCluster
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> degradedNow.get()
                                ? "cluster degraded"
                                : "cluster " + model.phaseProperty().get().word(),
                        model.phaseProperty(),
                        degradedNow));
        statusCluster.setGraphic(Icons.icon(Feather.CIRCLE));
        // Held in a field: a binding nothing refers to could be collected and stop following the cluster.
        statusTone = Bindings.createObjectBinding(
                () -> degradedNow.get()
                        ? Tone.WARN
                        : model.phaseProperty().get().tone(),
                model.phaseProperty(),
                degradedNow);
        statusTone.subscribe(tone -> ToneBadge.applyTone(statusCluster, tone));
        statusRegistry.textProperty().bind(model.registryAddressProperty());
        statusGateway.textProperty().bind(model.gatewayAddressProperty());
        statusDatabase.textProperty().bind(model.databaseProperty());
        var databaseTip = Icons.tooltip("");
        databaseTip.textProperty().bind(model.databaseProperty());
        databaseTip.setWrapText(true);
        databaseTip.setMaxWidth(520);
        statusDatabase.setTooltip(databaseTip);
        statusMemory.textProperty().bind(model.memoryProperty());
        statusVersion.setText("Orrery " + Version.current().orrery());
    }

    /// Shows one view and hides the others. A view joins the window once (when first shown, or hidden soon after
    /// the window opens) and stays: taking it out and putting it back would make it compute all its styles anew, a
    /// visible hitch on a large cluster.
    /// Views that skip work while hidden watch [dev.orrery.console.ui.Showing]; a hidden view takes no focus.
    private void show(ViewId id) {
        var view = views.get(id);
        if (view == null) {
            return;
        }

        for (var child : content.getChildren()) {
            child.setVisible(child == view);
            child.setManaged(child == view);
        }
        sideButtons.get(id).setSelected(true);
    }

    /// Whether every view has been styled and laid out, shown or not, so that showing one costs little.
    public ReadOnlyBooleanProperty viewsBuiltProperty() {
        return viewsBuilt.getReadOnlyProperty();
    }

    /// Builds the window's content from `shell.fxml` with this object as its controller.
    public Parent load() {
        var loader = new FXMLLoader(ShellView.class.getResource("/dev/orrery/console/shell/shell.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the window layout shell.fxml from the console jar", e);
        }
    }

    /// The view shown now; set it to switch views.
    public ObjectProperty<ViewId> currentViewProperty() {
        return current;
    }

    public BorderPane root() {
        return root;
    }
}
