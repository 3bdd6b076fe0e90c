package dev.orrery.runtime.traffic;

import java.time.Instant;

/// One request the gateway routed to an instance.
///
/// @param route the gateway's route id
/// @param instanceId the registry's id of the instance that served it
/// @param status the HTTP status the client got
/// @param latencyMs the time the gateway spent on it
public record TrafficEvent(
        Instant time,
        String route,
        String serviceId,
        String instanceId,
        String instanceUrl,
        String method,
        String path,
        int status,
        double latencyMs) {

    /// Whether the request failed (a 5xx answer).
    public boolean isError() {
        return status >= 500;
    }
}
