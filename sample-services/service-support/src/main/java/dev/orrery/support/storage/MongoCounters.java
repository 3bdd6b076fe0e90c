package dev.orrery.support.storage;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/// Numeric ids that stay unique across every instance sharing one database: one document per sequence in the
/// `counters` collection, advanced atomically with `findAndModify` and `$inc`.
public final class MongoCounters {

    /// The collection holding one document per sequence: `{_id: <name>, seq: <last id handed out>}`.
    public static final String COLLECTION = "counters";

    private static final String VALUE = "seq";

    private final MongoOperations mongo;

    public MongoCounters(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /// Makes sure the sequence hands out ids above `value` (used after seeding ids `1…value`); never lowers it.
    public void ensureAtLeast(String sequence, int value) {
        Update update = new Update().max(VALUE, value);
        try {
            mongo.upsert(bySequence(sequence), update, COLLECTION);
        } catch (DuplicateKeyException e) {
            // Another instance created the counter at the same moment; apply the maximum to its document.
            mongo.updateFirst(bySequence(sequence), update, COLLECTION);
        }
    }

    /// The next id of the sequence (1 for a new sequence).
    public int next(String sequence) {
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document counter = mongo.findAndModify(
                bySequence(sequence), new Update().inc(VALUE, 1), options, Document.class, COLLECTION);
        if (counter == null) {
            throw new IllegalStateException("The database returned no counter document for sequence " + sequence);
        }
        return ((Number) counter.get(VALUE)).intValue();
    }

    private static Query bySequence(String sequence) {
        return Query.query(Criteria.where("_id").is(sequence));
    }
}
