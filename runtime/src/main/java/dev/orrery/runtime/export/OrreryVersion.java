package dev.orrery.runtime.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/// The project version this runtime was built from, which is also the tag of the sample services' images.
public final class OrreryVersion {

    private static final String RESOURCE = "/dev/orrery/runtime/export/version.properties";

    private OrreryVersion() {}

    /// The version recorded at build time.
    ///
    /// @throws IllegalStateException when the runtime jar lacks it (a broken build)
    public static String current() {
        try (InputStream in = OrreryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The runtime jar lacks " + RESOURCE + "; rebuild it with ./mvnw");
            }
            var properties = new Properties();
            properties.load(in);
            var version = properties.getProperty("version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build; rebuild with ./mvnw");
            }
            return version;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
