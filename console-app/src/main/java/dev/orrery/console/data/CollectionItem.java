package dev.orrery.console.data;

import java.util.List;

/// A collection as the Data view lists it.
///
/// @param documents the first documents, each pretty-printed JSON
public record CollectionItem(String database, String name, long count, List<String> documents) {

    public CollectionItem {
        documents = List.copyOf(documents);
    }

    /// E.g. "orrery.heroes".
    public String key() {
        return database + "." + name;
    }

    @Override
    public String toString() {
        return database + " › " + name + "  (" + count + ")";
    }
}
