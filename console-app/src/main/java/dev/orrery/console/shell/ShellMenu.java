package dev.orrery.console.shell;

import dev.orrery.console.export.ExportMenu;
import dev.orrery.console.ui.Icons;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.feather.Feather;

/// The cluster-level commands of the window: the header's menu, its keyboard shortcuts and the dialogs they open
/// (file choosers, confirmation, About). The commands themselves go to [ShellActions].
public final class ShellMenu {

    static final String DEFAULT_REGISTRY = "http://127.0.0.1:8761/eureka/";

    private final ShellViewModel model;
    private final ShellActions actions;
    private final Appearance appearance;
    private final Supplier<Window> window;
    private final ExportMenu exports;
    private final List<MenuItem> extra = new ArrayList<>();

    public ShellMenu(ShellViewModel model, ShellActions actions, Appearance appearance, Supplier<Window> window) {
        this.model = model;
        this.actions = actions;
        this.appearance = appearance;
        this.window = window;
        this.exports = new ExportMenu(
                () -> Optional.ofNullable(model.topologyProperty().get())
                        .filter(choice -> !choice.key().isBlank())
                        .map(choice -> new ExportMenu.Selected(choice.label(), choice.key())),
                window);
    }

    /// Starts the selected topology, as the Start button does.
    public void start() {
        var topology = model.topologyProperty().get();
        if (topology == null || !model.canStartProperty().get()) {
            return;
        }

        actions.start(topology);
    }

    /// Stops the cluster, as the Stop button does; a cluster this console attached to only after a confirmation.
    public void stop() {
        if (!model.canStopProperty().get()) {
            return;
        }
        if (model.attachmentProperty().get().isEmpty()) {
            actions.stop();
            return;
        }

        var stop = new ButtonType("Stop the cluster", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", stop, ButtonType.CANCEL);
        alert.initOwner(window.get());
        alert.setHeaderText("Stop the cluster this console did not start?");
        alert.setContentText(model.attachmentProperty().get() + ": every process of its cluster stops and 'orrery up'"
                + " exits. To only close this console, close the window: the cluster keeps running.");
        alert.showAndWait().filter(stop::equals).ifPresent(b -> actions.stop());
    }

    /// Goes back to this console's own cluster; an attached cluster keeps running.
    public void detach() {
        actions.detach();
    }

    /// Asks for a registry URL and attaches to it read-only.
    void askForRegistry() {
        var dialog = new TextInputDialog(DEFAULT_REGISTRY);
        dialog.initOwner(window.get());
        dialog.setTitle("Attach to a registry");
        dialog.setHeaderText("Watch any Eureka registry, read-only");
        dialog.setContentText("Registry URL:");
        dialog.showAndWait().filter(url -> !url.isBlank()).ifPresent(this::attachToRegistry);
    }

    /// Attaches read-only to the registry at this URL; when that fails, an error dialog says what, where and what
    /// to check, and nothing changes.
    public CompletableFuture<Void> attachToRegistry(String url) {
        return actions.attachToRegistry(url).whenComplete((ok, failure) -> {
            if (failure != null) {
                var cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                Platform.runLater(() -> attachFailed(url, String.valueOf(cause.getMessage())));
            }
        });
    }

    private void attachFailed(String url, String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(window.get());
        alert.setTitle("Cannot attach to the registry");
        alert.setHeaderText("Cannot attach to the registry at " + url);
        alert.getDialogPane().setId("attach-error");
        alert.show();
    }

    private Menu clusterMenu() {
        var attachRunning = item("Attach to running cluster", Feather.LINK, null, actions::attachToRunningCluster);
        attachRunning.disableProperty().bind(model.attachmentProperty().isNotEmpty());
        var attachRegistry = item("Attach to a registry…", Feather.EYE, null, this::askForRegistry);
        attachRegistry.disableProperty().bind(model.attachmentProperty().isNotEmpty());
        var detach = item("Detach", Feather.X_CIRCLE, null, this::detach);
        detach.disableProperty().bind(model.attachmentProperty().isEmpty());
        var menu = new Menu("Cluster", Icons.icon(Feather.SERVER), attachRunning, attachRegistry, detach);
        menu.setId("cluster-menu");
        return menu;
    }

    void openTopologyFile() {
        var chooser = topologyChooser("Open a topology file");
        var file = chooser.showOpenDialog(window.get());
        if (file != null) {
            actions.openTopology(file.toPath());
        }
    }

    void saveTopologyFile() {
        var chooser = topologyChooser("Save the current topology");
        chooser.setInitialFileName("my-cluster.yaml");
        var file = chooser.showSaveDialog(window.get());
        if (file != null) {
            actions.saveTopology(file.toPath());
        }
    }

    private static FileChooser topologyChooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Topology (YAML)", "*.yaml", "*.yml"));
        chooser.setInitialDirectory(new File(System.getProperty("user.home")));
        return chooser;
    }

    void resetData() {
        if (model.phaseProperty().get() != ClusterPhase.STOPPED) {
            model.problemProperty().set("Stop the cluster before resetting its data.");
            return;
        }

        var reset = new ButtonType("Reset data", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", reset, ButtonType.CANCEL);
        alert.initOwner(window.get());
        alert.setHeaderText("Delete the cluster's database and logs?");
        alert.setContentText("Every lesson then starts again from the seed data. Keys and topology stay.");
        alert.showAndWait().filter(reset::equals).ifPresent(b -> actions.resetData());
    }

    void about() {
        new AboutDialog(window.get(), Version.current(), AppIcon.image(128)).showAndWait();
    }

    /// Adds items (e.g. the Chaos menu) before the presentation and About items; call before the window is built.
    public void addItems(MenuItem... items) {
        extra.addAll(List.of(items));
    }

    void fill(MenuButton menu) {
        var presentation = new CheckMenuItem("Presentation mode (larger text)");
        presentation.selectedProperty().bindBidirectional(appearance.presentationProperty());
        presentation.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        menu.getItems()
                .setAll(
                        item("Open topology file…", Feather.FOLDER, "Shortcut+O", this::openTopologyFile),
                        item("Save topology as…", Feather.SAVE, "Shortcut+S", this::saveTopologyFile),
                        new SeparatorMenuItem(),
                        clusterMenu(),
                        new SeparatorMenuItem(),
                        item("Open data folder", Feather.HARD_DRIVE, null, actions::openDataFolder),
                        item("Open log folder", Feather.FILE_TEXT, null, actions::openLogFolder),
                        item("Reset cluster data…", Feather.ROTATE_CCW, null, this::resetData),
                        new SeparatorMenuItem());
        var exportItems = exports.items();
        exportItems.forEach(
                i -> i.disableProperty().bind(model.topologyProperty().isNull()));
        menu.getItems().addAll(exportItems);
        if (!extra.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(extra);
        }
        menu.getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        presentation,
                        item("About Orrery", Feather.INFO, "F1", this::about),
                        new SeparatorMenuItem(),
                        item("Quit", Feather.POWER, "Shortcut+Q", this::quit));
    }

    /// Quits as closing the window does: while this console runs a cluster it asks first.
    void quit() {
        if (!(window.get() instanceof Stage stage)) {
            return;
        }
        var request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        var handler = stage.getOnCloseRequest();
        if (handler != null) {
            handler.handle(request);
        }
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    private static MenuItem item(String text, Feather icon, String accelerator, Runnable action) {
        var item = new MenuItem(text, Icons.icon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /// Shortcuts that work wherever the focus is: views, start/stop, theme. Menu accelerators come with the menu.
    public void installShortcuts(Scene scene, ShellView shell) {
        var accelerators = scene.getAccelerators();
        for (var id : ViewId.values()) {
            accelerators.put(id.shortcut(), () -> shell.currentViewProperty().set(id));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.F5), this::start);
        accelerators.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), this::stop);
        accelerators.put(
                KeyCombination.keyCombination("Shortcut+D"),
                () -> appearance.darkProperty().set(!appearance.darkProperty().get()));
    }
}
