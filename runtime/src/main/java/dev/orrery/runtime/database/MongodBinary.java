package dev.orrery.runtime.database;

import java.nio.file.Path;

/// A `mongod` executable and where it was found (e.g. "env ORRERY_MONGOD", "PATH").
public record MongodBinary(Path executable, String foundBy) {}
