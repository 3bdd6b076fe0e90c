package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Finds the jars of the sample services (`registry`, `gateway`, `heroes-service`, …).
///
/// Two layouts: an installed bundle keeps them in `<orrery.home>/services/<name>.jar` (system property
/// `orrery.home` or environment variable `ORRERY_HOME`); a development checkout builds them into
/// `sample-services/<name>/target/<name>.jar`, found by walking up from the current folder and from the runtime
/// jar's location. Beside each jar the build puts its extracted form with an AOT cache, `<name>/<name>.jar` and
/// `<name>/<name>.aot`, which [#launch] prefers because it starts several times faster.
///
/// @param root the Orrery home or the checkout's root folder
/// @param installed `true` for the bundle layout, `false` for a checkout
public record ServiceDistribution(Path root, boolean installed) {

    /// The command that builds the service jars in a checkout.
    public static final String BUILD_COMMAND = "./mvnw -DskipTests install";

    public ServiceDistribution {
        root = root.toAbsolutePath().normalize();
    }

    /// The distribution for this process: `orrery.home` / `ORRERY_HOME` first, else the nearest checkout.
    ///
    /// @throws IllegalStateException naming the places searched and what to do, when none is found
    public static ServiceDistribution locate() {
        var home = Optional.ofNullable(System.getProperty("orrery.home"))
                .or(() -> Optional.ofNullable(System.getenv("ORRERY_HOME")))
                .filter(h -> !h.isBlank());
        if (home.isPresent()) {
            return new ServiceDistribution(Path.of(home.get()), true);
        }
        var starts = new ArrayList<Path>();
        starts.add(Path.of("").toAbsolutePath());
        runtimeLocation().ifPresent(starts::add);
        return starts.stream()
                .map(ServiceDistribution::checkoutAbove)
                .flatMap(Optional::stream)
                .findFirst()
                .map(root -> new ServiceDistribution(root, false))
                .orElseThrow(() -> new IllegalStateException("Cannot find the sample services: no orrery.home system"
                        + " property or ORRERY_HOME variable is set, and no folder holding 'sample-services/' lies"
                        + " above " + starts + ". Set ORRERY_HOME to the Orrery installation, or run from a checkout"
                        + " after '" + BUILD_COMMAND + "'."));
    }

    /// The nearest folder at or above `start` that holds a `sample-services/` folder.
    public static Optional<Path> checkoutAbove(Path start) {
        for (var folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("sample-services"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /// The jar of one service, e.g. `jar("heroes-service")`.
    ///
    /// @throws IllegalStateException naming the missing jar and how to build it
    public Path jar(String serviceName) {
        var jar = expectedJar(serviceName);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        var fix = installed
                ? "reinstall Orrery or set ORRERY_HOME to a complete installation"
                : "build it with '" + BUILD_COMMAND + "' in " + root;
        throw new IllegalStateException("The " + serviceName + " jar is missing: " + jar + " — " + fix);
    }

    /// Where the jar of a service should be, whether or not it exists.
    public Path expectedJar(String serviceName) {
        return installed
                ? root.resolve("services").resolve(serviceName + ".jar")
                : root.resolve("sample-services")
                        .resolve(serviceName)
                        .resolve("target")
                        .resolve(serviceName + ".jar");
    }

    /// Where the extracted form of a service should be: its thin jar, with `lib/` and the AOT cache beside it.
    public Path extractedJar(String serviceName) {
        return expectedJar(serviceName).resolveSibling(serviceName).resolve(serviceName + ".jar");
    }

    /// How to start a service: its extracted form (with its AOT cache when `aot` accepts it) when that is at least
    /// as new as the jar, else the jar.
    ///
    /// @throws IllegalStateException when neither form exists, naming the jar and how to build it
    public JarLaunch launch(String serviceName, AotCacheCheck aot) {
        var extracted = extractedJar(serviceName);
        if (!Files.isRegularFile(extracted)) {
            return JarLaunch.fatJar(
                    jar(serviceName), "no extracted form " + extracted + " (built with -Dorrery.aot.skip=true?)");
        }
        var jar = expectedJar(serviceName);
        if (isOlder(extracted, jar)) {
            return JarLaunch.fatJar(jar, "the extracted form " + extracted + " is older than the jar");
        }
        var decision = aot.decide(extracted.resolveSibling(serviceName + ".aot"));
        return new JarLaunch(extracted, true, decision.cache(), decision.reason());
    }

    /// The names of the services that have neither a jar nor an extracted form, among those given.
    public List<String> missing(List<String> serviceNames) {
        return serviceNames.stream()
                .filter(n -> !Files.isRegularFile(expectedJar(n)) && !Files.isRegularFile(extractedJar(n)))
                .toList();
    }

    private static boolean isOlder(Path file, Path than) {
        try {
            return Files.isRegularFile(than)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> runtimeLocation() {
        try {
            var source = ServiceDistribution.class.getProtectionDomain().getCodeSource();
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
