package dev.orrery.runtime.topology;

/// The API gateway of a topology.
///
/// @param port the gateway's HTTP port, 8080 unless the topology says otherwise
/// @param retries attempts on another instance for idempotent requests when one is unreachable
public record GatewaySpec(boolean enabled, int port, int retries) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_RETRIES = 3;
}
