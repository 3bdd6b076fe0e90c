package dev.orrery.runtime.topology;

/// The Eureka registry of a topology.
///
/// @param port the registry's HTTP port, 8761 unless the topology says otherwise
public record RegistrySpec(boolean enabled, int port) {

    public static final int DEFAULT_PORT = 8761;
}
