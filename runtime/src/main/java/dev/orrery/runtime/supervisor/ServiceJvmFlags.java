package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/// The JVM flags every sample service runs with: small heap and stacks, the serial collector and the quick
/// compiler only, which start a small Spring Boot service about twice as fast with far less memory.
///
/// They come from `service-jvm.properties`, which the build fills from the same value it makes the services' AOT
/// caches with (`orrery.service-jvm-flags` in the parent pom): a cache is only of use to a JVM with the same flags.
///
/// @param flags the flags, in order
public record ServiceJvmFlags(List<String> flags) {

    static final String RESOURCE = "service-jvm.properties";

    public ServiceJvmFlags {
        flags = List.copyOf(flags);
    }

    /// The flags as the build wrote them.
    ///
    /// @throws IllegalStateException when the runtime was built without its `service-jvm.properties`
    public static ServiceJvmFlags load() {
        try (InputStream in = ServiceJvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The runtime lacks " + RESOURCE + " beside "
                        + ServiceJvmFlags.class.getName() + ": rebuild it with '" + ServiceDistribution.BUILD_COMMAND
                        + "'");
            }
            var properties = new Properties();
            properties.load(in);
            return parse(properties.getProperty("flags", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + " from the runtime's class path", e);
        }
    }

    /// Flags separated by white space, as in the pom and in a cache's stamp.
    public static ServiceJvmFlags parse(String line) {
        return new ServiceJvmFlags(Arrays.stream(line.trim().split("\\s+"))
                .filter(f -> !f.isEmpty())
                .toList());
    }

    /// The flags joined by single spaces, the form compared with a cache's stamp.
    public String line() {
        return String.join(" ", flags);
    }
}
