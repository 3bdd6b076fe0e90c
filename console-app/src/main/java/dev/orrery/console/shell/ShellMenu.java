package dev.orrery.console.shell;

import dev.orrery.console.export.ExportMenu;
import dev.orrery.console.ui.Icons;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/// The cluster-level commands of the window: the header's menu, its keyboard shortcuts and the dialogs they open
/// (file choosers, confirmation, About). The commands themselves go to [ShellActions].
public final class ShellMenu {

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

    /// Stops the cluster, as the Stop button does.
    public void stop() {
        if (model.canStopProperty().get()) {
            actions.stop();
        }
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
                .addAll(new SeparatorMenuItem(), presentation, item("About Orrery", Feather.INFO, "F1", this::about));
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
