package dev.orrery.runtime.cluster;

import java.nio.file.Path;
import java.util.List;

/// How to run the cluster's database, as chosen by a [DatabaseLauncher].
///
/// @param name the engine shown to the user, e.g. `mongod 7.0.17` or `mongo-java-server (H2)`
/// @param reason why this engine was chosen, e.g. "no mongod binary found, running offline"
/// @param command the full command line; a JVM program should watch `orrery.parent-pid` like the services do
/// @param workDir where to run it
/// @param port where it listens on 127.0.0.1; readiness is this port accepting connections
public record DatabaseEngine(String name, String reason, List<String> command, Path workDir, int port) {

    public DatabaseEngine {
        command = List.copyOf(command);
    }

    /// The connection string services get as `spring.mongodb.uri`.
    public String uri() {
        return "mongodb://127.0.0.1:" + port + "/orrery";
    }
}
