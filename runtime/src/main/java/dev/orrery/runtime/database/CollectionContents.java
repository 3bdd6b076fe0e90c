package dev.orrery.runtime.database;

import java.util.List;

/// One collection as read at one moment.
///
/// @param count how many documents it holds
/// @param documents the first documents in natural order, each as relaxed extended JSON, pretty-printed
public record CollectionContents(String database, String name, long count, List<String> documents) {

    public CollectionContents {
        documents = List.copyOf(documents);
    }
}
