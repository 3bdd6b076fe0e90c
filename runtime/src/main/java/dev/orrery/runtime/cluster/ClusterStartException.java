package dev.orrery.runtime.cluster;

import dev.orrery.runtime.supervisor.PortConflict;
import java.io.Serial;
import java.util.List;

/// Starting a cluster failed; the message says why and what to do. Whatever had started was stopped again.
///
/// @see #portConflicts() the taken ports, when that was the reason (then nothing was started)
public final class ClusterStartException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<PortConflict> portConflicts;

    public ClusterStartException(String message) {
        this(message, List.of(), null);
    }

    public ClusterStartException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public ClusterStartException(
            String message, List<PortConflict> portConflicts, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.portConflicts = List.copyOf(portConflicts);
    }

    public static ClusterStartException ofPorts(List<PortConflict> conflicts) {
        var lines = conflicts.stream().map(PortConflict::message).toList();
        return new ClusterStartException("Nothing was started: " + String.join("; ", lines), conflicts, null);
    }

    public List<PortConflict> portConflicts() {
        return portConflicts;
    }
}
