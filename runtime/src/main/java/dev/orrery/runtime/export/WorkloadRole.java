package dev.orrery.runtime.export;

import java.util.Locale;

/// What a workload is in the cluster; also its `app.kubernetes.io/component` label.
public enum WorkloadRole {
    REGISTRY,
    GATEWAY,
    /// A sample service of Orrery.
    SERVICE,
    /// A user's own program named by a topology.
    PROGRAM,
    DATABASE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
