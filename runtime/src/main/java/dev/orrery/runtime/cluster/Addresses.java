package dev.orrery.runtime.cluster;

import java.util.Optional;

/// Where a client reaches the cluster.
///
/// @param registry e.g. `http://127.0.0.1:8761` (its dashboard is at `/`)
/// @param gateway e.g. `http://127.0.0.1:8080`
/// @param database the MongoDB connection string, e.g. `mongodb://127.0.0.1:27017/orrery`
public record Addresses(Optional<String> registry, Optional<String> gateway, Optional<String> database) {

    public static Addresses none() {
        return new Addresses(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
