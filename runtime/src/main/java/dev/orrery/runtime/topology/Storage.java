package dev.orrery.runtime.topology;

/// Where heroes-service and threats-service keep their data.
public enum Storage {
    /// Each instance has its own seeded copy in memory: instances disagree after a write.
    MEMORY,
    /// Every instance uses the cluster's MongoDB.
    MONGO;

    /// The word used by the topology file and by the `orrery.storage` property.
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
