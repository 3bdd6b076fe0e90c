package dev.orrery.runtime.cluster;

import java.time.Duration;
import java.util.OptionalInt;

/// Choices made when starting, on top of the topology (the CLI's `--registry-port`, `--gateway-port` and
/// `--database-port`).
///
/// @param readyTimeout how long one instance may take to become UP before it counts as crashed (and is restarted
///                     by its policy)
public record StartOptions(
        OptionalInt registryPort, OptionalInt gatewayPort, OptionalInt databasePort, Duration readyTimeout) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    public static StartOptions defaults() {
        return new StartOptions(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), DEFAULT_READY_TIMEOUT);
    }

    public StartOptions withRegistryPort(int port) {
        return new StartOptions(OptionalInt.of(port), gatewayPort, databasePort, readyTimeout);
    }

    public StartOptions withGatewayPort(int port) {
        return new StartOptions(registryPort, OptionalInt.of(port), databasePort, readyTimeout);
    }

    public StartOptions withDatabasePort(int port) {
        return new StartOptions(registryPort, gatewayPort, OptionalInt.of(port), readyTimeout);
    }

    public StartOptions withReadyTimeout(Duration timeout) {
        return new StartOptions(registryPort, gatewayPort, databasePort, timeout);
    }
}
