package dev.orrery.console.shell;

import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/// The JavaFX application: builds the window from the console's parts and remembers its bounds.
///
/// Started through [dev.orrery.console.Main], which is not an `Application` so that the shaded jar runs with
/// plain `java -jar`.
public final class ConsoleApp extends Application {

    private ConsolePreferences preferences = ConsolePreferences.forUser();
    private Console console;

    @Override
    public void init() {
        // Loads the preferences from disk here, on the launcher thread, not on the JavaFX thread.
        preferences = ConsolePreferences.forUser();
        preferences.darkTheme();
    }

    @Override
    public void start(Stage stage) {
        console = new Console(preferences, Duration.ofMillis(100));
        var shell = console.shellView(stage);
        var scene = new Scene(shell.load());
        console.appearance().applyTo(scene.getRoot());
        console.menu().installShortcuts(scene, shell);
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
    }

    @Override
    public void stop() {
        if (console != null) {
            console.close();
        }
        preferences.flush();
        Platform.exit();
    }
}
