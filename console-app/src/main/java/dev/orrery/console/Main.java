package dev.orrery.console;

import dev.orrery.console.selftest.SelfTest;
import dev.orrery.console.shell.LaunchOptions;
import dev.orrery.runtime.cli.OrreryCli;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.logging.Logger;
import javafx.application.Application;

/// Starts the console: the window when there is a display, else the cluster headless exactly like `orrery up`.
///
/// Deliberately not an `Application`: the JavaFX launcher refuses to start an `Application` main class from the
/// class path of a plain `java -jar`.
public final class Main {

    private static final String USAGE = """
            Usage: orrery-console [--data DIR] [--self-test DIR] [--headless [orrery up options]]

            Opens the Orrery console: one window that starts, watches and controls a cluster on this machine.
              --data DIR        the cluster's data folder (default: the per-user folder, ~/.local/share/orrery);
                                when 'orrery up' already runs a cluster there, the console attaches to it
              --self-test DIR   start the default cluster, write one screenshot per view into DIR, stop again;
                                exit code 0 when all of that worked
              --headless        no window: run the cluster in this terminal like 'orrery up' (also what happens
                                without a display); every option of 'orrery up --help' applies then
            """;

    /// JavaFX's own logger; held here so that the filter set on it is not lost when the logger is collected.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {}

    public static void main(String[] args) {
        var arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        if (arguments.contains("--headless") || !hasDisplay()) {
            System.out.println("No display (or --headless): running the cluster headless, like 'orrery up';"
                    + " Ctrl+C stops it.");
            var up = new ArrayList<String>();
            up.add("up");
            arguments.stream().filter(a -> !a.equals("--headless")).forEach(up::add);
            OrreryCli.main(up.toArray(String[]::new));
            return;
        }

        var notUnderstood = LaunchOptions.parse(arguments).rest();
        if (!notUnderstood.isEmpty()) {
            // Ignored, a mistyped option would leave the user wondering why it had no effect.
            System.err.println("orrery-console: not understood: " + String.join(" ", notUnderstood)
                    + " (an unknown option, or one without its value). The console's options:");
            System.err.print(USAGE);
            System.exit(2);
        }
        quietClassPathWarning();
        Application.launch(ConsoleApp.class, args);
        if (arguments.contains("--self-test")) {
            System.exit(SelfTest.exitCode());
        }
    }

    /// The console carries JavaFX inside its one jar, so JavaFX sits on the class path and warns at every start that
    /// this configuration is not supported. The console, its tests and its installed image all run this way; the
    /// warning would only alarm someone starting it from a terminal. Every other JavaFX message still shows.
    private static void quietClassPathWarning() {
        if (Application.class.getModule().isNamed()) {
            return;
        }
        JAVAFX_LOG.setFilter(entry ->
                entry.getMessage() == null || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /// Linux needs an X or Wayland display for a window; other systems always have one.
    static boolean hasDisplay() {
        if (!System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("linux")) {
            return true;
        }
        return !System.getenv().getOrDefault("DISPLAY", "").isBlank()
                || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
