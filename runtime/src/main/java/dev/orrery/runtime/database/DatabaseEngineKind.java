package dev.orrery.runtime.database;

/// The programs that can serve the cluster's database.
public enum DatabaseEngineKind {
    /// A `mongod` binary installed on the machine.
    MONGOD("mongod"),
    /// A `mongod` that flapdoodle extracted from a cached MongoDB archive.
    FLAPDOODLE("flapdoodle"),
    /// mongo-java-server with its H2 file store: always available, no transactions or text search.
    JAVA("java");

    private final String label;

    DatabaseEngineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
