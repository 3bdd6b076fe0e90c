package dev.orrery.threats.assignment;

/// What heroes-service answered to "mark this hero busy".
public sealed interface HeroClaim {

    /// The hero is now busy with our threat.
    record Claimed() implements HeroClaim {}

    /// heroes-service knows no such hero.
    record NoSuchHero() implements HeroClaim {}

    /// The hero is busy already (another assignment won).
    record Busy() implements HeroClaim {}

    /// heroes-service refused the caller's token (401) or privileges (403).
    ///
    /// @param status the status heroes-service answered
    /// @param detail its explanation, as far as it gave one
    record Refused(int status, String detail) implements HeroClaim {}
}
