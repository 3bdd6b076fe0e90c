package dev.orrery.runtime.cluster;

/// A gateway route: requests whose path matches `pathPattern` go to an instance of `serviceId`.
///
/// @param pathPattern e.g. `/heroes/**`
public record Route(String id, String pathPattern, String serviceId) {}
