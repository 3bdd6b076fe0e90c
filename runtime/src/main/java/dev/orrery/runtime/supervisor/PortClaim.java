package dev.orrery.runtime.supervisor;

/// A port the cluster is about to use.
///
/// @param owner what will use it, e.g. `gateway` or `heroes-service-1`
/// @param hint how to choose another port, e.g. `--gateway-port` or `services.heroes-service.port`
public record PortClaim(int port, String owner, String hint) {}
