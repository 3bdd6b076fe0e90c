package dev.orrery.runtime.database;

import java.util.List;

/// One database of the cluster's MongoDB with its collections, sorted by name.
public record DatabaseContents(String name, List<CollectionContents> collections) {

    public DatabaseContents {
        collections = List.copyOf(collections);
    }
}
