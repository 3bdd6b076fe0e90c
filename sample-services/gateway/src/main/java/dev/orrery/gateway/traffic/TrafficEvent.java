package dev.orrery.gateway.traffic;

import java.time.Instant;
import java.util.Optional;

/// One routed request, as published on `GET /orrery/traffic` (format in docs/service-contract.md).
///
/// @param time        when the gateway received the request
/// @param route       the route that matched, as its path pattern (`/heroes/**`, `/heroes-service/**`)
/// @param serviceId   the service the route goes to
/// @param instanceId  the instance that answered (the last one tried); empty (JSON `null`) when none was registered
/// @param instanceUrl that instance's base URL; empty (JSON `null`) when none was registered
/// @param method      the HTTP method
/// @param path        the path the client asked the gateway for, without the query
/// @param status      the status the client got: the instance's, or the gateway's own 502/503
/// @param latencyMs   time until the response headers were ready, in milliseconds to one decimal
public record TrafficEvent(
        Instant time,
        String route,
        String serviceId,
        Optional<String> instanceId,
        Optional<String> instanceUrl,
        String method,
        String path,
        int status,
        double latencyMs) {}
