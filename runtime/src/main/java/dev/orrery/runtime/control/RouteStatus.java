package dev.orrery.runtime.control;

/// A gateway route and whether it answered the last probe through the gateway.
///
/// @param path e.g. `/heroes/**`
public record RouteStatus(String id, String path, String serviceId, boolean answering) {}
