package dev.orrery.runtime.database;

import java.nio.file.Path;
import java.util.List;

/// The database as the supervisor launches it: run `command` in `workDir`, then wait for `port` on 127.0.0.1.
///
/// @param reason why this engine was chosen, in words for the user (status bar, `orrery up`)
/// @param dataPath where the data lives: the `mongod` dbpath or the H2 file
public record DatabaseEngine(
        DatabaseEngineKind kind, String reason, List<String> command, Path workDir, int port, Path dataPath) {
    public static final String DATABASE_NAME = "orrery";

    public DatabaseEngine {
        command = List.copyOf(command);
    }

    public DatabaseEngine withKind(DatabaseEngineKind newKind) {
        return new DatabaseEngine(newKind, reason, command, workDir, port, dataPath);
    }

    public String name() {
        return kind.label();
    }

    /// The `spring.mongodb.uri` the services get.
    public String connectionUri() {
        return "mongodb://127.0.0.1:" + port + "/" + DATABASE_NAME;
    }
}
