package dev.orrery.heroes.power;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/// Powers in the `powers` collection of the shared database, seeded once whatever the number of instances: each
/// seed power is upserted by its fixed `_id` with `$setOnInsert`, so a second seeding changes nothing.
public final class MongoPowerRepository implements PowerRepository {

    static final String COLLECTION = "powers";

    private final MongoOperations mongo;
    private final AtomicBoolean seeded = new AtomicBoolean();

    public MongoPowerRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /// Inserts the seed powers that are missing; safe to run from several instances at once.
    public void seed() {
        for (Power power : PowerSeed.POWERS) {
            Query byId = Query.query(Criteria.where("_id").is(power.id()));
            try {
                mongo.upsert(byId, new Update().setOnInsert("name", power.name()), COLLECTION);
            } catch (DuplicateKeyException e) {
                // Another instance inserted it between our lookup and insert: that is the outcome we wanted.
            }
        }
        seeded.set(true);
    }

    @Override
    public List<Power> findAll() {
        ensureSeeded();
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION).stream()
                .map(document -> new Power(document.getInteger("_id"), document.getString("name")))
                .toList();
    }

    private void ensureSeeded() {
        if (!seeded.get()) {
            seed();
        }
    }
}
