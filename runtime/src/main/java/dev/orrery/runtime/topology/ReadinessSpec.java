package dev.orrery.runtime.topology;

/// How the runtime decides that an instance of a `command` service is up.
public sealed interface ReadinessSpec {

    /// `GET http://127.0.0.1:{port}{path}` answers with a 2xx status.
    record HttpPath(String path) implements ReadinessSpec {}

    /// The instance's port accepts a TCP connection.
    record PortOpen() implements ReadinessSpec {}
}
