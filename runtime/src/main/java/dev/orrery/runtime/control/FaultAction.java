package dev.orrery.runtime.control;

import dev.orrery.runtime.fault.Fault;
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

    /// The action that injects this fault.
    public static FaultAction of(Fault fault) {
        return switch (fault) {
            case Fault.Kill _ -> KILL;
            case Fault.Pause _ -> PAUSE;
            case Fault.Resume _ -> RESUME;
            case Fault.Slow _ -> SLOW;
            case Fault.Flaky _ -> FLAKY;
        };
    }

    /// The fault's amount as the control API takes it: milliseconds, a share, or 0.
    public static double amount(Fault fault) {
        return switch (fault) {
            case Fault.Slow slow -> slow.latencyMs();
            case Fault.Flaky flaky -> flaky.share();
            default -> 0;
        };
    }

    /// Whether the action needs an amount: milliseconds for [#SLOW], a share from 0 to 1 for [#FLAKY].
    public boolean needsAmount() {
        return this == SLOW || this == FLAKY;
    }
}
