package dev.orrery.runtime.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// What `orrery fault` and the control API can do to one process: inject a fault or heal it.
public enum FaultAction {
    KILL,
    PAUSE,
    RESUME,
    SLOW,
    FLAKY,
    HEAL;

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FaultAction> fromPath(String name) {
        return Arrays.stream(values()).filter(a -> a.pathName().equals(name)).findFirst();
    }

    /// Whether the action needs an amount: milliseconds for [#SLOW], a share from 0 to 1 for [#FLAKY].
    public boolean needsAmount() {
        return this == SLOW || this == FLAKY;
    }
}
