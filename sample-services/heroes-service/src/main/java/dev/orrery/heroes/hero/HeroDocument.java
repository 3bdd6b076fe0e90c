package dev.orrery.heroes.hero;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/// A hero as stored in the `heroes` collection, with its id as `_id`.
@Document(MongoHeroRepository.COLLECTION)
record HeroDocument(@Id int id, String type, String displayName, List<Integer> powers, String img, boolean busy) {

    static HeroDocument of(Hero hero) {
        return new HeroDocument(hero.id(), hero.type(), hero.displayName(), hero.powers(), hero.img(), hero.busy());
    }

    Hero toHero() {
        return new Hero(id, type, displayName, powers == null ? List.of() : powers, img, busy);
    }
}
