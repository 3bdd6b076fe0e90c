package dev.orrery.runtime.database;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/// Finds an installed `mongod`: a configured path first, then env `ORRERY_MONGOD`, then the `PATH`.
public final class MongodLocator {
    public static final String ENV_MONGOD = "ORRERY_MONGOD";

    private final Optional<Path> configured;
    private final Map<String, String> environment;

    public MongodLocator(Optional<Path> configured, Map<String, String> environment) {
        this.configured = configured;
        this.environment = Map.copyOf(environment);
    }

    public static MongodLocator fromSystem() {
        return new MongodLocator(Optional.empty(), System.getenv());
    }

    public Optional<MongodBinary> find() {
        if (configured.isPresent()) {
            return executable(configured.get()).map(p -> new MongodBinary(p, "the topology's database.mongod"));
        }
        Optional<String> fromEnv =
                Optional.ofNullable(environment.get(ENV_MONGOD)).filter(s -> !s.isBlank());
        if (fromEnv.isPresent()) {
            return executable(Path.of(fromEnv.get())).map(p -> new MongodBinary(p, "env " + ENV_MONGOD));
        }
        return Stream.of(environment.getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "mongod"))
                .flatMap(p -> executable(p).stream())
                .findFirst()
                .map(p -> new MongodBinary(p, "PATH"));
    }

    private static Optional<Path> executable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path)
                ? Optional.of(path.toAbsolutePath())
                : Optional.empty();
    }
}
