package dev.orrery.console.routing;

import dev.orrery.runtime.traffic.TrafficEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/// The requests one edge carried during the last few seconds: rate, error share and median latency.
final class EdgeTraffic {

    static final Duration WINDOW = Duration.ofSeconds(3);

    private final Deque<TrafficEvent> recent = new ArrayDeque<>();

    void add(TrafficEvent event) {
        recent.addLast(event);
    }

    /// Adds another edge's requests, to sum up several edges.
    void addAll(EdgeTraffic other) {
        recent.addAll(other.recent);
    }

    /// Drops requests older than the window before `now`; true when none is left.
    boolean expire(Instant now) {
        var oldest = now.minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().time().isBefore(oldest)) {
            recent.removeFirst();
        }
        return recent.isEmpty();
    }

    double perSecond() {
        return recent.size() / (WINDOW.toMillis() / 1000.0);
    }

    int errors() {
        return (int) recent.stream().filter(TrafficEvent::isError).count();
    }

    int count() {
        return recent.size();
    }

    double p50() {
        if (recent.isEmpty()) {
            return 0;
        }
        var latencies = recent.stream().mapToDouble(TrafficEvent::latencyMs).toArray();
        Arrays.sort(latencies);
        return latencies[(latencies.length - 1) / 2];
    }

    /// The most recent request on this edge.
    TrafficEvent last() {
        return recent.peekLast();
    }
}
