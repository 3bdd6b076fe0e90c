package dev.orrery.runtime.traffic;

/// A line of the routing graph: requests of one route served by one instance.
///
/// @param instanceId the registry's id of the serving instance
public record Edge(String route, String serviceId, String instanceId) {}
