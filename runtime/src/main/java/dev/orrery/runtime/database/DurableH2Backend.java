package dev.orrery.runtime.database;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/// The H2 backend of mongo-java-server, made durable: every command that changed the store is committed to the
/// file before the client gets its answer.
///
/// The stock backend commits in the background about once a second, so a write acknowledged just before the
/// server is killed could be lost; learners kill processes on purpose, so the store commits first. Committing
/// writes the changes to the file (surviving a killed process), not an `fsync` (a power cut can still lose the
/// last second).
public final class DurableH2Backend extends H2Backend {
    private final MVStore store;

    public DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commitChanges();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitChanges();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return super.handleQuery(query);
        } finally {
            commitChanges();
        }
    }

    private void commitChanges() {
        if (!store.isClosed() && store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}
