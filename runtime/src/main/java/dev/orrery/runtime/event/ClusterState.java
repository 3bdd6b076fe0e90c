package dev.orrery.runtime.event;

/// The state of the cluster as a whole.
public enum ClusterState {
    /// Nothing runs.
    STOPPED,
    /// Components are being started in dependency order.
    STARTING,
    /// Every instance is UP.
    RUNNING,
    /// Running, but some instance is not UP (crashed, unhealthy, restarting or stopped by the user).
    DEGRADED,
    /// Everything is being stopped.
    STOPPING,
    /// The start failed; whatever had started was stopped again.
    FAILED
}
