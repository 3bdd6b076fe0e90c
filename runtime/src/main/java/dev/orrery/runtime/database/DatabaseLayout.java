package dev.orrery.runtime.database;

import java.nio.file.Path;

/// Where the database keeps its files inside a cluster's data folder: everything under `db/`, so a reset deletes
/// one folder.
public record DatabaseLayout(Path dataFolder) {

    public Path databaseFolder() {
        return dataFolder.resolve("db");
    }

    /// The `mongod` dbpath.
    public Path mongodFolder() {
        return databaseFolder().resolve("mongod");
    }

    /// The Java engine's H2 file.
    public Path javaFile() {
        return databaseFolder().resolve("orrery.mv.db");
    }

    /// Where a flapdoodle-provided `mongod` is copied.
    public Path engineFolder() {
        return databaseFolder().resolve("engine");
    }
}
