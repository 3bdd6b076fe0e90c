package dev.orrery.runtime.database;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// Which engine the topology asks for; `AUTO` takes the best one available.
public enum EnginePreference {
    AUTO,
    MONGOD,
    FLAPDOODLE,
    JAVA;

    public static Optional<EnginePreference> parse(String text) {
        return Arrays.stream(values())
                .filter(p -> p.name().equals(text.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
