package dev.orrery.heroes.hero;

import java.util.List;
import java.util.Optional;

/// Where heroes are kept: this instance's memory or the cluster's MongoDB.
public interface HeroRepository {

    /// Every hero, by id.
    List<Hero> findAll();

    /// The hero with this id, if any.
    Optional<Hero> findById(int id);

    /// Stores a new hero under a new id (its own id is ignored), unique across every instance sharing the storage.
    Hero create(Hero hero);

    /// Applies a patch in one atomic step. A patch with `busy: true` only applies to a hero that is not busy: of two
    /// concurrent attempts to mark one hero busy, exactly one gets [HeroUpdate.Updated] and the other
    /// [HeroUpdate.AlreadyBusy].
    HeroUpdate update(int id, HeroPatch patch);
}
