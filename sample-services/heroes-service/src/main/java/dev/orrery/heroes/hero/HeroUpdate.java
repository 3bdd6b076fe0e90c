package dev.orrery.heroes.hero;

/// The outcome of updating a hero.
public sealed interface HeroUpdate {

    /// The hero after the update.
    record Updated(Hero hero) implements HeroUpdate {}

    /// No hero has the id.
    record NotFound(int id) implements HeroUpdate {}

    /// The update would mark busy a hero that is busy already (another assignment won).
    record AlreadyBusy(int id) implements HeroUpdate {}
}
