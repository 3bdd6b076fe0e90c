package dev.orrery.runtime.registry;

import java.time.Instant;
import java.util.Optional;

/// One instance as the registry sees it.
///
/// @param application the application name as the registry spells it (upper case)
/// @param status `UP`, `DOWN`, `STARTING`, `OUT_OF_SERVICE` or `UNKNOWN`
/// @param registered when the lease began
/// @param lastRenewal when the instance last renewed its lease
/// @param leaseDurationSeconds how long the lease lasts without renewal
public record RegisteredInstance(
        String instanceId,
        String application,
        String status,
        String host,
        int port,
        Optional<Instant> registered,
        Optional<Instant> lastRenewal,
        int leaseDurationSeconds) {

    /// `http://host:port`.
    public String url() {
        return "http://" + host + ":" + port;
    }
}
