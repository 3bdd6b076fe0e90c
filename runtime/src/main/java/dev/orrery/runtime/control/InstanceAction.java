package dev.orrery.runtime.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// What the control API can do to one instance.
public enum InstanceAction {
    START,
    STOP,
    RESTART,
    KILL;

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InstanceAction> fromPath(String name) {
        return Arrays.stream(values()).filter(a -> a.pathName().equals(name)).findFirst();
    }
}
