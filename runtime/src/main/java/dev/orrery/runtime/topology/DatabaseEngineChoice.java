package dev.orrery.runtime.topology;

/// Which MongoDB engine a topology asks for.
public enum DatabaseEngineChoice {
    /// A real `mongod` when one can be found or is cached, else the pure-Java server.
    AUTO,
    /// A real `mongod`; starting fails when none is available.
    MONGOD,
    /// The pure-Java wire-compatible server with a disk-backed store; works offline.
    JAVA;

    /// The word the topology file uses.
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
