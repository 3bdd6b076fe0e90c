package dev.orrery.runtime.topology;

import java.nio.file.Path;
import java.util.Optional;

/// The embedded MongoDB of a topology, shared by every service whose storage is [Storage#MONGO].
///
/// @param engine which engine to run; [DatabaseEngineChoice#AUTO] prefers a real `mongod` when one is available
/// @param mongodBinary a `mongod` executable chosen by the user, used by the `mongod` engine
public record DatabaseSpec(boolean enabled, DatabaseEngineChoice engine, int port, Optional<Path> mongodBinary) {

    public static final int DEFAULT_PORT = 27017;
}
