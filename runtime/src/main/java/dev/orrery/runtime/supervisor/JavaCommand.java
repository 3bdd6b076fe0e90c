package dev.orrery.runtime.supervisor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Builds the command line of a child JVM: the same Java that runs Orrery, with the services' light flags
/// ([ServiceJvmFlags]) and AOT cache when there is one, then the service's own JVM options, the jar, and its
/// properties.
public final class JavaCommand {

    /// Environment for every child JVM: fewer glibc malloc arenas, less resident memory.
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JavaCommand() {}

    /// The `java` executable running this process (its `java.home`).
    public static Path currentJava() {
        return ProcessHandle.current()
                .info()
                .command()
                .map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /// `java <flags> [-XX:AOTCache=<cache>] <jvmOptions> -jar <jar> --name=value …`.
    ///
    /// The topology's JVM options come after the common flags so that they win; a cache made with other flags may
    /// then be refused by the JVM, which says so and runs on without it.
    public static List<String> forLaunch(
            JarLaunch launch, ServiceJvmFlags flags, List<String> jvmOptions, Map<String, String> properties) {
        var command = new ArrayList<String>();
        command.add(currentJava().toString());
        command.addAll(flags.flags());
        launch.aotCache().ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(launch.jar().toString());
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }
}
