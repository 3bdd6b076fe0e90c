package dev.orrery.runtime.database;

import java.nio.file.Path;
import java.util.List;

/// The chosen database engine: run `command` in `workDir`, then wait for `port` on 127.0.0.1.
///
/// @param reason why this engine was chosen, in words for the user (status bar, `orrery up`)
/// @param dataPath where the data lives: the `mongod` dbpath or the H2 file
public record SelectedEngine(
        DatabaseEngineKind kind, String reason, List<String> command, Path workDir, int port, Path dataPath) {
    public static final String DATABASE_NAME = "orrery";

    public SelectedEngine {
        command = List.copyOf(command);
    }

    public String name() {
        return kind.label();
    }

    /// How the console and the CLI name the engine.
    public String displayName() {
        return switch (kind) {
            case MONGOD -> "mongod";
            case FLAPDOODLE -> "mongod (flapdoodle cache)";
            case JAVA -> "mongo-java-server (H2)";
        };
    }

    /// The `spring.mongodb.uri` the services get.
    public String connectionUri() {
        return "mongodb://127.0.0.1:" + port + "/" + DATABASE_NAME;
    }
}
