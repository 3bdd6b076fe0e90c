package dev.orrery.heroes.hero;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/// Heroes held by this instance alone, seeded at start: two instances each have their own copy and disagree as soon
/// as one of them changes something (the point of lesson 2).
public final class MemoryHeroRepository implements HeroRepository {

    private final TreeMap<Integer, Hero> heroes = new TreeMap<>();

    public MemoryHeroRepository() {
        HeroSeed.HEROES.forEach(hero -> heroes.put(hero.id(), hero));
    }

    @Override
    public synchronized List<Hero> findAll() {
        return List.copyOf(heroes.values());
    }

    @Override
    public synchronized Optional<Hero> findById(int id) {
        return Optional.ofNullable(heroes.get(id));
    }

    @Override
    public synchronized Hero create(Hero hero) {
        Hero created = hero.withId(heroes.isEmpty() ? 1 : heroes.lastKey() + 1);
        heroes.put(created.id(), created);
        return created;
    }

    @Override
    public synchronized HeroUpdate update(int id, HeroPatch patch) {
        Hero hero = heroes.get(id);
        if (hero == null) {
            return new HeroUpdate.NotFound(id);
        }
        if (patch.claimsHero() && hero.busy()) {
            return new HeroUpdate.AlreadyBusy(id);
        }

        Hero updated = hero.patchedWith(patch);
        heroes.put(id, updated);
        return new HeroUpdate.Updated(updated);
    }
}
