package dev.orrery.runtime.control;

import java.io.Serial;
import java.nio.file.Path;
import java.util.OptionalLong;

/// Another process already runs a cluster from this data folder.
public final class ClusterAlreadyRunningException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ClusterAlreadyRunningException(Path dataFolder, OptionalLong pid) {
        super("a cluster is already running from " + dataFolder
                + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : "")
                + "; use `orrery status` or `orrery down`");
    }
}
