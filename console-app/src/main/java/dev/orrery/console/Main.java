package dev.orrery.console;

import dev.orrery.console.shell.ConsoleApp;
import java.util.Arrays;
import javafx.application.Application;

/// Starts the console: the window when there is a display, else the cluster headless like `orrery up`.
///
/// Deliberately not an `Application`: the JavaFX launcher refuses to start an `Application` main class from the
/// class path of a plain `java -jar`.
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        var headless = Arrays.asList(args).contains("--headless") || !hasDisplay();
        if (headless) {
            System.out.println("No display: this console needs one to show its window; run the cluster headless "
                    + "with orrery up.");
            System.exit(2);
        }

        Application.launch(ConsoleApp.class, args);
    }

    static boolean hasDisplay() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return true;
        }
        return !System.getenv().getOrDefault("DISPLAY", "").isBlank()
                || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
