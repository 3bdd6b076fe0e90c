package dev.orrery.runtime.topology;

import java.util.Locale;

/// The restart modes of a [RestartPolicy].
public enum RestartMode {
    /// Restart when the instance exits with a non-zero code or is killed.
    ON_FAILURE,
    /// Restart whenever the instance stops by itself.
    ALWAYS,
    /// Never restart: a crashed instance stays CRASHED.
    NEVER;

    /// The word the topology file uses, e.g. `on-failure`.
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
