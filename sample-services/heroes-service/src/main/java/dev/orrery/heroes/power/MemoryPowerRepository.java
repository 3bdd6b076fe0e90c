package dev.orrery.heroes.power;

import java.util.List;

/// The seeded powers, held by this instance alone.
public final class MemoryPowerRepository implements PowerRepository {

    @Override
    public List<Power> findAll() {
        return PowerSeed.POWERS;
    }
}
