package dev.orrery.runtime.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Chooses the database engine for a cluster and prepares its command; the supervisor runs it and waits for the
/// port.
///
/// Order: an installed `mongod` (configured path, env `ORRERY_MONGOD`, `PATH`), then flapdoodle with a cached
/// archive (never downloaded), then the pure-Java server, which always works offline. The chosen engine comes with its
/// reason.
public final class DatabaseLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLauncher.class);

    private final MongodLocator mongod;
    private final FlapdoodleMongod flapdoodle;
    private final JavaServerCommand javaServer;

    public DatabaseLauncher(MongodLocator mongod, FlapdoodleMongod flapdoodle, JavaServerCommand javaServer) {
        this.mongod = mongod;
        this.flapdoodle = flapdoodle;
        this.javaServer = javaServer;
    }

    public static DatabaseLauncher fromSystem() {
        return new DatabaseLauncher(
                MongodLocator.fromSystem(), FlapdoodleMongod.fromSystem(), JavaServerCommand.fromCurrentJvm());
    }

    /// The engine for the cluster whose data folder is `dataFolder`, listening on `port`.
    public DatabaseEngine prepare(Path dataFolder, int port, EnginePreference preference) {
        DatabaseLayout layout = new DatabaseLayout(dataFolder);
        DatabaseEngine engine = choose(layout, port, preference);
        LOG.info("Database engine {} on port {}: {}", engine.name(), port, engine.reason());
        return engine;
    }

    private DatabaseEngine choose(DatabaseLayout layout, int port, EnginePreference preference) {
        if (preference == EnginePreference.JAVA) {
            return java(layout, port, "the topology asks for the Java engine");
        }

        Optional<MongodBinary> installed = mongod.find();
        if (installed.isPresent() && preference != EnginePreference.FLAPDOODLE) {
            MongodBinary binary = installed.get();
            return mongod(
                    layout,
                    port,
                    binary.executable(),
                    "mongod found through " + binary.foundBy() + " (" + binary.executable() + ")");
        }
        String noMongod = preference == EnginePreference.MONGOD
                ? "the topology asks for mongod but none was found (set ORRERY_MONGOD or put mongod on PATH)"
                : "no mongod installed (ORRERY_MONGOD, PATH)";

        boolean tryFlapdoodle = preference == EnginePreference.FLAPDOODLE || flapdoodle.hasCachedArchive();
        if (!tryFlapdoodle) {
            return java(layout, port, noMongod + " and no MongoDB archive cached in " + flapdoodle.cacheFolder());
        }
        return switch (flapdoodle.resolve(layout.engineFolder())) {
            case FlapdoodleMongod.Result.Found found ->
                mongod(layout, port, found.executable(), "flapdoodle's cached MongoDB (" + found.executable() + ")")
                        .withKind(DatabaseEngineKind.FLAPDOODLE);
            case FlapdoodleMongod.Result.Unavailable unavailable ->
                java(layout, port, noMongod + "; " + unavailable.reason());
        };
    }

    private static DatabaseEngine mongod(DatabaseLayout layout, int port, Path executable, String reason) {
        createFolder(layout.mongodFolder());
        List<String> command = List.of(
                executable.toString(),
                "--dbpath",
                layout.mongodFolder().toString(),
                "--bind_ip",
                "127.0.0.1",
                "--port",
                Integer.toString(port));
        return new DatabaseEngine(
                DatabaseEngineKind.MONGOD, reason, command, layout.databaseFolder(), port, layout.mongodFolder());
    }

    private DatabaseEngine java(DatabaseLayout layout, int port, String reason) {
        createFolder(layout.databaseFolder());
        String why = reason + "; using the pure-Java server (no transactions, no text search)";
        List<String> command = javaServer.command(port, layout.javaFile());
        return new DatabaseEngine(
                DatabaseEngineKind.JAVA, why, command, layout.databaseFolder(), port, layout.javaFile());
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
