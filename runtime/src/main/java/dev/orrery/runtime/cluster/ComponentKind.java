package dev.orrery.runtime.cluster;

/// What kind of thing a component is.
public enum ComponentKind {
    DATABASE,
    REGISTRY,
    GATEWAY,
    /// A built-in sample service (heroes-service, threats-service, auth-service).
    SERVICE,
    /// A user's program started from a command line.
    COMMAND
}
