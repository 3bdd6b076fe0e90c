package dev.orrery.runtime.cluster;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/// Choices made when starting, on top of the topology (the CLI's `--registry-port`, `--gateway-port` and
/// `--database-port`).
///
/// @param readyTimeout how long one instance may take to become UP before it counts as crashed (and is restarted
///     by its policy)
/// @param serviceProperties Spring properties passed to the registry, the gateway and every built-in service after
///     all others, so they win (the benchmark uses them to run a cluster with Eureka's production timings)
public record StartOptions(
        OptionalInt registryPort,
        OptionalInt gatewayPort,
        OptionalInt databasePort,
        Duration readyTimeout,
        Map<String, String> serviceProperties) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    public StartOptions {
        serviceProperties = Map.copyOf(serviceProperties);
    }

    public static StartOptions defaults() {
        return new StartOptions(
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), DEFAULT_READY_TIMEOUT, Map.of());
    }

    public StartOptions withRegistryPort(int port) {
        return new StartOptions(OptionalInt.of(port), gatewayPort, databasePort, readyTimeout, serviceProperties);
    }

    public StartOptions withGatewayPort(int port) {
        return new StartOptions(registryPort, OptionalInt.of(port), databasePort, readyTimeout, serviceProperties);
    }

    public StartOptions withDatabasePort(int port) {
        return new StartOptions(registryPort, gatewayPort, OptionalInt.of(port), readyTimeout, serviceProperties);
    }

    public StartOptions withReadyTimeout(Duration timeout) {
        return new StartOptions(registryPort, gatewayPort, databasePort, timeout, serviceProperties);
    }

    /// These options with `properties` added to the service properties.
    public StartOptions withServiceProperties(Map<String, String> properties) {
        var all = new LinkedHashMap<>(serviceProperties);
        all.putAll(properties);
        return new StartOptions(registryPort, gatewayPort, databasePort, readyTimeout, all);
    }
}
