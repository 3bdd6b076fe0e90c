package dev.orrery.runtime.cluster;

import dev.orrery.runtime.supervisor.PortConflict;
import java.io.Serial;
import java.util.List;
import java.util.Optional;

/// Starting a cluster failed; the message says why and what to do. Whatever had started was stopped again.
///
/// @see #portConflicts() the taken ports, when that was the reason (then nothing was started)
public final class ClusterStartException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /// The owners of the ports that start options choose, as [PortConflict#owner()] names them.
    static final String REGISTRY = "registry";

    static final String GATEWAY = "gateway";
    static final String DATABASE = "database";

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

    /// `options` moved to the free ports suggested for the taken ones, when every taken port is one that start
    /// options choose (the registry's, the gateway's, the database's) and a free one was found for each; empty
    /// otherwise (nothing was taken, or a service's own port from the topology was).
    public Optional<StartOptions> onFreePorts(StartOptions options) {
        if (portConflicts.isEmpty()) {
            return Optional.empty();
        }
        var moved = options;
        for (var conflict : portConflicts) {
            if (conflict.suggestion().isEmpty()) {
                return Optional.empty();
            }
            var port = conflict.suggestion().getAsInt();
            switch (conflict.owner()) {
                case REGISTRY -> moved = moved.withRegistryPort(port);
                case GATEWAY -> moved = moved.withGatewayPort(port);
                case DATABASE -> moved = moved.withDatabasePort(port);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(moved);
    }
}
