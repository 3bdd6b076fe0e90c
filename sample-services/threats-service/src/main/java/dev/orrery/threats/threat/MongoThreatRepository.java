package dev.orrery.threats.threat;

import dev.orrery.support.storage.MongoCounters;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/// Threats in the `threats` collection of the cluster's shared MongoDB.
///
/// Seeding upserts each seed threat by its fixed `_id` with `$setOnInsert`, so several instances starting together
/// never duplicate it, then raises the `threats` counter (collection `counters`) to the last seeded id.
public final class MongoThreatRepository implements ThreatRepository {

    static final String COLLECTION = "threats";
    private static final String SEQUENCE = "threats";

    private final MongoOperations mongo;
    private final MongoCounters counters;
    private final AtomicBoolean seeded = new AtomicBoolean();

    public MongoThreatRepository(MongoOperations mongo) {
        this.mongo = mongo;
        this.counters = new MongoCounters(mongo);
    }

    /// Inserts the seed threats that are missing and makes new ids start above them; safe to run concurrently.
    public void seed() {
        for (Threat threat : ThreatSeed.THREATS) {
            Update insertOnly = new Update()
                    .setOnInsert("displayName", threat.displayName())
                    .setOnInsert("necessaryPowers", threat.necessaryPowers())
                    .setOnInsert("img", threat.img())
                    .setOnInsert("assignedHero", threat.assignedHero());
            try {
                mongo.upsert(byId(threat.id()), insertOnly, COLLECTION);
            } catch (DuplicateKeyException e) {
                // Another instance inserted the same seed threat at the same moment: the outcome we wanted.
            }
        }
        counters.ensureAtLeast(SEQUENCE, ThreatSeed.lastId());
        seeded.set(true);
    }

    @Override
    public List<Threat> findAll() {
        ensureSeeded();
        return mongo.find(new Query().with(Sort.by("_id")), ThreatDocument.class).stream()
                .map(ThreatDocument::toThreat)
                .toList();
    }

    @Override
    public Optional<Threat> findById(int id) {
        ensureSeeded();
        return Optional.ofNullable(mongo.findOne(byId(id), ThreatDocument.class))
                .map(ThreatDocument::toThreat);
    }

    @Override
    public Threat create(Threat threat) {
        ensureSeeded();
        Threat created = threat.withId(counters.next(SEQUENCE));
        mongo.insert(ThreatDocument.of(created));
        return created;
    }

    @Override
    public Optional<Threat> assign(int threatId, int heroId) {
        ensureSeeded();
        ThreatDocument updated = mongo.findAndModify(
                byId(threatId),
                new Update().set("assignedHero", heroId),
                FindAndModifyOptions.options().returnNew(true),
                ThreatDocument.class);
        return Optional.ofNullable(updated).map(ThreatDocument::toThreat);
    }

    private static Query byId(int id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private void ensureSeeded() {
        if (!seeded.get()) {
            seed();
        }
    }
}
