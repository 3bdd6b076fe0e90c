package dev.orrery.runtime.topology;

import java.util.Optional;

/// The ports a component of a cluster may be given, in a topology file or on the command line: unprivileged ports
/// only, so that a cluster started as root takes no port a system service is meant to have.
public final class PortRule {

    /// The lowest port a component may be given.
    public static final int LOWEST = 1024;

    /// The highest port there is.
    public static final int HIGHEST = 65535;

    /// What to write instead of a port outside the rule.
    public static final String HINT = "write a port from " + LOWEST + " to " + HIGHEST;

    private PortRule() {}

    public static boolean allows(int port) {
        return port >= LOWEST && port <= HIGHEST;
    }

    /// `port N is out of range` for a port the rule refuses, else empty.
    public static Optional<String> problem(int port) {
        return allows(port) ? Optional.empty() : Optional.of("port " + port + " is out of range");
    }
}
