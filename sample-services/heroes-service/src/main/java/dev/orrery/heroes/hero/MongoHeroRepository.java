package dev.orrery.heroes.hero;

import dev.orrery.support.storage.MongoCounters;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/// Heroes in the `heroes` collection of the cluster's shared MongoDB, so every instance gives the same answers.
///
/// Seeding upserts each seed hero by its fixed `_id` with `$setOnInsert` (a second seeding, from this or another
/// instance, changes nothing), then raises the `heroes` counter to the last seeded id. Marking a hero busy is one
/// `findAndModify` whose filter requires `busy: false`, so the database decides which of two concurrent assignments
/// wins, whichever instances they go through.
public final class MongoHeroRepository implements HeroRepository {

    static final String COLLECTION = "heroes";
    private static final String SEQUENCE = "heroes";

    private final MongoOperations mongo;
    private final MongoCounters counters;
    private final AtomicBoolean seeded = new AtomicBoolean();

    public MongoHeroRepository(MongoOperations mongo) {
        this.mongo = mongo;
        this.counters = new MongoCounters(mongo);
    }

    /// Inserts the seed heroes that are missing and makes new ids start above them; safe to run concurrently.
    public void seed() {
        for (Hero hero : HeroSeed.HEROES) {
            Update insertOnly = new Update()
                    .setOnInsert("type", hero.type())
                    .setOnInsert("displayName", hero.displayName())
                    .setOnInsert("powers", hero.powers())
                    .setOnInsert("img", hero.img())
                    .setOnInsert("busy", hero.busy());
            try {
                mongo.upsert(byId(hero.id()), insertOnly, COLLECTION);
            } catch (DuplicateKeyException e) {
                // Another instance inserted the same seed hero at the same moment: the outcome we wanted.
            }
        }
        counters.ensureAtLeast(SEQUENCE, HeroSeed.lastId());
        seeded.set(true);
    }

    @Override
    public List<Hero> findAll() {
        ensureSeeded();
        return mongo.find(new Query().with(Sort.by("_id")), HeroDocument.class).stream()
                .map(HeroDocument::toHero)
                .toList();
    }

    @Override
    public Optional<Hero> findById(int id) {
        ensureSeeded();
        return Optional.ofNullable(mongo.findOne(byId(id), HeroDocument.class)).map(HeroDocument::toHero);
    }

    @Override
    public Hero create(Hero hero) {
        ensureSeeded();
        Hero created = hero.withId(counters.next(SEQUENCE));
        mongo.insert(HeroDocument.of(created));
        return created;
    }

    @Override
    public HeroUpdate update(int id, HeroPatch patch) {
        ensureSeeded();
        Update changes = changes(patch);
        if (changes.getUpdateObject().isEmpty()) {
            return findById(id).<HeroUpdate>map(HeroUpdate.Updated::new).orElseGet(() -> new HeroUpdate.NotFound(id));
        }

        Query target = byId(id);
        if (patch.claimsHero()) {
            target.addCriteria(Criteria.where("busy").is(false));
        }

        HeroDocument updated = mongo.findAndModify(
                target, changes, FindAndModifyOptions.options().returnNew(true), HeroDocument.class);
        if (updated != null) {
            return new HeroUpdate.Updated(updated.toHero());
        }
        return mongo.exists(byId(id), HeroDocument.class)
                ? new HeroUpdate.AlreadyBusy(id)
                : new HeroUpdate.NotFound(id);
    }

    private static Update changes(HeroPatch patch) {
        Update update = new Update();
        setIfPresent(update, "type", patch.type());
        setIfPresent(update, "displayName", patch.displayName());
        setIfPresent(update, "powers", patch.powers());
        setIfPresent(update, "img", patch.img());
        setIfPresent(update, "busy", patch.busy());
        return update;
    }

    private static void setIfPresent(Update update, String field, @Nullable Object value) {
        if (value != null) {
            update.set(field, value);
        }
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
