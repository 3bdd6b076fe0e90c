package dev.orrery.runtime.topology;

import java.util.List;
import java.util.Optional;

/// A validated description of one cluster: the registry, the gateway, the database, security and the services.
///
/// Instances are only created by [TopologyParser], which has checked the whole description; the services keep the
/// order in which the file lists them.
///
/// @param name a short name shown in the console and the CLI
/// @param source where the topology was read from, e.g. `4-tokens.yaml` or a file path
public record Topology(
        String name,
        String source,
        RegistrySpec registry,
        GatewaySpec gateway,
        DatabaseSpec database,
        SecuritySpec security,
        List<ServiceSpec> services) {

    public Topology {
        services = List.copyOf(services);
    }

    /// The service with this id, if the topology has one.
    public Optional<ServiceSpec> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /// A copy with the registry on another port (the CLI's `--registry-port`).
    public Topology withRegistryPort(int port) {
        return new Topology(
                name, source, new RegistrySpec(registry.enabled(), port), gateway, database, security, services);
    }

    /// A copy with the database on another port (the CLI's `--database-port`).
    public Topology withDatabasePort(int port) {
        var moved = new DatabaseSpec(database.enabled(), database.engine(), port, database.mongodBinary());
        return new Topology(name, source, registry, gateway, moved, security, services);
    }

    /// A copy with the gateway on another port (the CLI's `--gateway-port`).
    public Topology withGatewayPort(int port) {
        var moved = new GatewaySpec(gateway.enabled(), port, gateway.retries());
        return new Topology(name, source, registry, moved, database, security, services);
    }
}
