package dev.orrery.console.data;

/// What the Data view can show now.
public enum DataMode {
    /// No cluster runs.
    NO_CLUSTER,
    /// The cluster has a database: its collections.
    DATABASE,
    /// Storage is in memory: each instance's own answer.
    MEMORY
}
