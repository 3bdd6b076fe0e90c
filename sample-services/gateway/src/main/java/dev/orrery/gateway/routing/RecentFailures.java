package dev.orrery.gateway.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/// Instances that failed an attempt a moment ago, for every request of the gateway to pass over.
///
/// A killed instance stays in the gateway's copy of the registry until the next fetch and the load balancer's next
/// refresh (up to about two seconds with Orrery's timings). Without this, each request in that window would try it
/// first and pay a failed attempt; with it, only the first request does.
final class RecentFailures {

    private final Duration avoidFor;
    private final InstantSource clock;
    private final ConcurrentHashMap<String, Instant> failedAt = new ConcurrentHashMap<>();

    RecentFailures(Duration avoidFor, InstantSource clock) {
        this.avoidFor = avoidFor;
        this.clock = clock;
    }

    void failed(String instanceId) {
        failedAt.put(instanceId, clock.instant());
    }

    /// The instances that failed within the last `avoidFor`; older entries are forgotten.
    Set<String> current() {
        if (failedAt.isEmpty()) {
            // The usual case, on every request: nothing failed lately.
            return Set.of();
        }
        var since = clock.instant().minus(avoidFor);
        failedAt.values().removeIf(at -> at.isBefore(since));
        return failedAt.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }
}
