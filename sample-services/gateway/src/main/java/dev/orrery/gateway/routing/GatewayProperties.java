package dev.orrery.gateway.routing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/// Settings of the gateway under `orrery.gateway`.
///
/// @param retries       further attempts, each on a freshly chosen instance, for an idempotent request whose
///                      instance could not be reached
/// @param firstBackoff  pause before the first retry; it doubles on every further retry
/// @param maxBackoff    longest pause between two attempts
/// @param avoidFailedFor how long every request passes over an instance that just failed an attempt (while
///                      another instance is registered): about the time the registry and the load balancer need
///                      to forget a dead instance
/// @param shortRoutes   first path segment to service id, for the routes of the series that keep their path
///                      (`/heroes/**` goes to heroes-service as `/heroes/**`)
@ConfigurationProperties("orrery.gateway")
public record GatewayProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("10ms") Duration firstBackoff,
        @DefaultValue("50ms") Duration maxBackoff,
        @DefaultValue("3s") Duration avoidFailedFor,
        @DefaultValue Map<String, String> shortRoutes) {

    public GatewayProperties {
        if (retries < 0) {
            throw new IllegalArgumentException(
                    "orrery.gateway.retries must be 0 or more, was " + retries + ": set it to the number of retries");
        }
        shortRoutes = Map.copyOf(shortRoutes);
    }
}
