package dev.orrery.heroes.hero;

import java.util.List;

/// The four heroes every new cluster starts with; none is busy.
public final class HeroSeed {

    /// Ids 1…4, in order.
    public static final List<Hero> HEROES = List.of(
            new Hero(1, "rocket-cat", "Nova", List.of(1, 4), "hero-1.svg", false),
            new Hero(2, "twin-owls", "Pip & Hoot", List.of(2, 5), "hero-2.svg", false),
            new Hero(3, "shadow-fox", "Ember", List.of(3, 2), "hero-3.svg", false),
            new Hero(4, "captain-tortoise", "Shelly", List.of(1, 5), "hero-4.svg", false));

    /// The picture of heroes created later.
    public static final String NEW_HERO_IMAGE = "hero-new.svg";

    private HeroSeed() {}

    /// The highest seeded id; new heroes get ids above it.
    public static int lastId() {
        return HEROES.stream().mapToInt(Hero::id).max().orElse(0);
    }
}
