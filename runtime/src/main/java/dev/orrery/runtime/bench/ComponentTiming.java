package dev.orrery.runtime.bench;

import java.util.Optional;

/// When one instance reached each step of its start, in seconds after the cluster's start began.
///
/// @param launched its process was started
/// @param up its readiness check passed (actuator health, or the database's port)
/// @param inRegistry the registry first listed it UP (empty for the registry and the database)
/// @param routable the gateway first answered 200 from it (for the gateway: from any instance)
record ComponentTiming(
        String instance,
        Optional<Double> launched,
        Optional<Double> up,
        Optional<Double> inRegistry,
        Optional<Double> routable) {}
