package dev.orrery.console;

import dev.orrery.console.selftest.SelfTest;
import dev.orrery.console.shell.AppIcon;
import dev.orrery.console.shell.Console;
import dev.orrery.console.shell.ConsolePreferences;
import dev.orrery.console.shell.LaunchOptions;
import dev.orrery.console.shell.RuntimeAccess;
import dev.orrery.console.shell.TerminationSignal;
import dev.orrery.console.shell.ViewId;
import dev.orrery.console.shell.WindowPlacement;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/// The JavaFX application: builds the window from the console's parts and remembers its bounds.
///
/// Started through [Main], which is not an `Application` so that the shaded jar runs with plain `java -jar`.
public final class ConsoleApp extends Application {

    private ConsolePreferences preferences = ConsolePreferences.forUser();
    private LaunchOptions options = LaunchOptions.parse(java.util.List.of());
    private RuntimeAccess runtime;
    private Console console;

    @Override
    public void init() {
        // Disk work happens here, on the launcher thread, not on the JavaFX thread: preferences, data folder,
        // looking for the service jars.
        options = LaunchOptions.parse(getParameters().getRaw());
        preferences = options.selfTest().isPresent() ? ConsolePreferences.throwaway() : ConsolePreferences.forUser();
        preferences.darkTheme();
        runtime = RuntimeAccess.local(options.dataFolder());
    }

    @Override
    public void start(Stage stage) {
        console = new Console(preferences, Duration.ofMillis(100), runtime, getHostServices()::showDocument);
        var shell = console.shellView(stage);
        var scene = new Scene(shell.load());
        console.appearance().applyTo(scene.getRoot());
        console.menu().installShortcuts(scene, shell);
        console.selection().onOpenLogs(id -> shell.currentViewProperty().set(ViewId.LOGS));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            shell.currentViewProperty().set(ViewId.LOGS);
            console.focusLogSearch();
        });
        shell.currentViewProperty().set(preferences.lastView());
        shell.currentViewProperty().subscribe(view -> preferences.lastView(view));
        new WindowPlacement(preferences).restore(stage);
        stage.setTitle("Orrery");
        stage.getIcons().setAll(AppIcon.all());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!console.mayClose(stage)) {
                e.consume();
            }
        });
        stage.show();
        TerminationSignal.onTerm(() -> Platform.runLater(() -> quitNow(stage)));
        options.selfTest().ifPresent(dir -> new SelfTest(console, shell, stage, dir).startInBackground());
    }

    /// SIGTERM: no question; the window goes at once and [#stop()] stops the console's own cluster.
    private void quitNow(Stage stage) {
        stage.hide();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (console != null) {
            console.close();
            console = null;
        }
        preferences.flush();
        Platform.exit();
    }
}
