package dev.orrery.console.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/// The versions the About dialog and status bar show.
public record Version(String orrery, String java, String javafx) {

    /// Reads Orrery's version from the build and the platform's from system properties.
    public static Version current() {
        var properties = new Properties();
        try (var in = Version.class.getResourceAsStream("/dev/orrery/console/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the console's version.properties", e);
        }
        return new Version(
                properties.getProperty("orrery.version", "development"),
                System.getProperty("java.runtime.version", "unknown"),
                System.getProperty("javafx.runtime.version", "unknown"));
    }
}
