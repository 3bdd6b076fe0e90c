package dev.orrery.runtime.database;

import dev.orrery.runtime.data.DiskTroubleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Chooses the database engine for a cluster and prepares its command.
///
/// Order: an installed `mongod` (configured path, env `ORRERY_MONGOD`, `PATH`), then flapdoodle with a cached
/// archive (never downloaded), then the pure-Java server, which always works offline. The chosen engine comes with
/// its reason.
public final class DatabaseEngineSelector {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEngineSelector.class);

    private final Map<String, String> environment;
    private final FlapdoodleMongod flapdoodle;
    private final JavaServerCommand javaServer;

    public DatabaseEngineSelector(
            Map<String, String> environment, FlapdoodleMongod flapdoodle, JavaServerCommand javaServer) {
        this.environment = Map.copyOf(environment);
        this.flapdoodle = flapdoodle;
        this.javaServer = javaServer;
    }

    public static DatabaseEngineSelector fromSystem() {
        return new DatabaseEngineSelector(
                System.getenv(), FlapdoodleMongod.fromSystem(), JavaServerCommand.fromCurrentJvm());
    }

    /// The engine for the cluster whose data folder is `dataFolder`, listening on `port`.
    ///
    /// @param mongodBinary a `mongod` the user configured, tried before the environment and the `PATH`
    /// @throws IllegalStateException when `mongod` is required and none can be found
    public SelectedEngine select(Path dataFolder, int port, EnginePreference preference, Optional<Path> mongodBinary) {
        SelectedEngine engine = choose(new DatabaseLayout(dataFolder), port, preference, mongodBinary);
        LOG.info("Database engine {} on port {}: {}", engine.name(), port, engine.reason());
        return engine;
    }

    private SelectedEngine choose(
            DatabaseLayout layout, int port, EnginePreference preference, Optional<Path> mongodBinary) {
        if (preference == EnginePreference.JAVA) {
            return java(layout, port, "the topology asks for the Java engine");
        }

        Optional<MongodBinary> installed = new MongodLocator(mongodBinary, environment).find();
        if (installed.isPresent() && preference != EnginePreference.FLAPDOODLE) {
            MongodBinary binary = installed.get();
            String reason = "mongod found through " + binary.foundBy() + " (" + binary.executable() + ")";
            return mongod(layout, port, binary.executable(), reason, DatabaseEngineKind.MONGOD);
        }
        if (preference == EnginePreference.MONGOD) {
            throw new IllegalStateException("The topology asks for the mongod database engine, but no mongod was found"
                    + mongodBinary.map(p -> " at " + p).orElse("")
                    + ": install MongoDB, set ORRERY_MONGOD to its mongod, or write 'engine: auto' to fall back to"
                    + " the built-in Java engine");
        }

        boolean tryFlapdoodle = preference == EnginePreference.FLAPDOODLE || flapdoodle.hasCachedArchive();
        if (!tryFlapdoodle) {
            return java(
                    layout,
                    port,
                    "no mongod installed (ORRERY_MONGOD, PATH) and no MongoDB archive cached in "
                            + flapdoodle.cacheFolder());
        }
        return switch (flapdoodle.resolve(layout.engineFolder())) {
            case FlapdoodleMongod.Result.Found found ->
                mongod(
                        layout,
                        port,
                        found.executable(),
                        "mongod from flapdoodle's cache",
                        DatabaseEngineKind.FLAPDOODLE);
            case FlapdoodleMongod.Result.Unavailable unavailable ->
                java(layout, port, "no mongod installed (ORRERY_MONGOD, PATH); " + unavailable.reason());
        };
    }

    private static SelectedEngine mongod(
            DatabaseLayout layout, int port, Path executable, String reason, DatabaseEngineKind kind) {
        createFolder(layout.mongodFolder());
        List<String> command = List.of(
                executable.toString(),
                "--dbpath",
                layout.mongodFolder().toString(),
                "--bind_ip",
                "127.0.0.1",
                "--port",
                Integer.toString(port));
        return new SelectedEngine(kind, reason, command, layout.databaseFolder(), port, layout.mongodFolder());
    }

    private SelectedEngine java(DatabaseLayout layout, int port, String reason) {
        createFolder(layout.databaseFolder());
        String why = reason + "; using the built-in Java engine (no transactions, no text search)";
        List<String> command = javaServer.command(port, layout.javaFile());
        return new SelectedEngine(
                DatabaseEngineKind.JAVA, why, command, layout.databaseFolder(), port, layout.javaFile());
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw DiskTroubleException.writing(folder, e);
        }
    }
}
