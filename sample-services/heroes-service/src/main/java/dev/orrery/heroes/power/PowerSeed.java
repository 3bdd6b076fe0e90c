package dev.orrery.heroes.power;

import java.util.List;

/// The five powers every new cluster starts with.
public final class PowerSeed {

    /// Ids 1…5, in order.
    public static final List<Power> POWERS = List.of(
            new Power(1, "flying"),
            new Power(2, "teleporting"),
            new Power(3, "super strength"),
            new Power(4, "foresight"),
            new Power(5, "mind reading"));

    private PowerSeed() {}
}
