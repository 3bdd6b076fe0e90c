package dev.orrery.runtime.traffic;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Sums routed requests per [Edge] and per second: count, errors, mean and 99th percentile latency.
///
/// [#add] records an event into the second it happened in; [#drain] hands out every finished second (older than
/// `now`'s second) and forgets it.
public final class TrafficAggregator {

    private final Map<Instant, Map<Edge, List<TrafficEvent>>> seconds = new HashMap<>();

    public synchronized void add(TrafficEvent event) {
        var second = event.time().truncatedTo(ChronoUnit.SECONDS);
        var edge = new Edge(event.route(), event.serviceId(), event.instanceId());
        seconds.computeIfAbsent(second, _ -> new HashMap<>())
                .computeIfAbsent(edge, _ -> new ArrayList<>())
                .add(event);
    }

    /// The statistics of every second before `now`'s, oldest first.
    public synchronized List<EdgeStats> drain(Instant now) {
        var current = now.truncatedTo(ChronoUnit.SECONDS);
        var finished = seconds.keySet().stream()
                .filter(s -> s.isBefore(current))
                .sorted()
                .toList();
        var result = new ArrayList<EdgeStats>();
        for (var second : finished) {
            seconds.remove(second).forEach((edge, events) -> result.add(stats(edge, second, events)));
        }
        return result;
    }

    static EdgeStats stats(Edge edge, Instant second, List<TrafficEvent> events) {
        var latencies = events.stream().mapToDouble(TrafficEvent::latencyMs).toArray();
        Arrays.sort(latencies);
        var mean = Arrays.stream(latencies).average().orElse(0);
        var rank = (int) Math.ceil(0.99 * latencies.length) - 1;
        var p99 = latencies.length == 0 ? 0 : latencies[Math.max(0, rank)];
        var errors = (int) events.stream().filter(TrafficEvent::isError).count();
        return new EdgeStats(edge, second, events.size(), errors, mean, p99);
    }
}
