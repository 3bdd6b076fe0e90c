package dev.orrery.console.shell;

import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.UiPulse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/// The console's composition root: creates the view models, views and the pulse once, and wires them together.
public final class Console implements AutoCloseable {

    private final UiPulse pulse;
    private final ShellViewModel shellModel = new ShellViewModel();
    private final Appearance appearance;
    private ShellMenu menu;

    public Console(ConsolePreferences preferences, Duration pulsePeriod) {
        this.pulse = new UiPulse(Platform::runLater, pulsePeriod);
        this.appearance = new Appearance(preferences);
    }

    ShellView shellView(Stage stage) {
        menu = new ShellMenu(shellModel, new PendingActions(shellModel), appearance, () -> (Window) stage);
        return new ShellView(shellModel, appearance, views(), menu);
    }

    private static Map<ViewId, Node> views() {
        var views = new EnumMap<ViewId, Node>(ViewId.class);
        views.put(ViewId.CLUSTER, empty(Feather.GRID, "No cluster yet", "Choose a topology and press Start."));
        views.put(ViewId.REGISTRY, empty(Feather.TARGET, "No registry yet", "Start the cluster to see its registry."));
        views.put(
                ViewId.ROUTING,
                empty(Feather.SHUFFLE, "No gateway yet", "Start the cluster to see its routes and traffic."));
        views.put(ViewId.LOGS, empty(Feather.ALIGN_LEFT, "No logs yet", "Start the cluster to follow its logs."));
        return views;
    }

    private static Node empty(Feather icon, String title, String hint) {
        return new StackPane(new EmptyState(icon, title, hint));
    }

    Appearance appearance() {
        return appearance;
    }

    ShellMenu menu() {
        return menu;
    }

    ShellViewModel shellModel() {
        return shellModel;
    }

    /// Whether the window may close now; asks first when closing would stop a cluster this console runs.
    boolean mayClose(Stage stage) {
        return shellModel.phaseProperty().get() == ClusterPhase.STOPPED;
    }

    @Override
    public void close() {
        pulse.close();
    }

    /// Stands in until the runtime's cluster API is wired: says so instead of pretending to act.
    private record PendingActions(ShellViewModel model) implements ShellActions {

        private void unavailable() {
            model.problemProperty().set("This build of the console cannot run a cluster yet.");
        }

        @Override
        public void start(TopologyChoice topology) {
            unavailable();
        }

        @Override
        public void stop() {
            unavailable();
        }

        @Override
        public void openTopology(Path file) {
            unavailable();
        }

        @Override
        public void saveTopology(Path file) {
            unavailable();
        }

        @Override
        public void resetData() {
            unavailable();
        }

        @Override
        public void openDataFolder() {
            unavailable();
        }

        @Override
        public void openLogFolder() {
            unavailable();
        }
    }
}
