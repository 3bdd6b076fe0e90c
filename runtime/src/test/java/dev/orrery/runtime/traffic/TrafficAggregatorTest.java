package dev.orrery.runtime.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrafficAggregatorTest {

    private final TrafficEventParser parser = new TrafficEventParser();

    @Test
    void parsesTheGatewaysEventData() {
        var event = parser.parse("""
                {"time": "2026-12-04T10:00:00.250Z", "route": "heroes-service", "serviceId": "heroes-service",
                 "instanceId": "heroes-service:127.0.0.1:40101", "instanceUrl": "http://127.0.0.1:40101",
                 "method": "GET", "path": "/heroes", "status": 200, "latencyMs": 3.2}
                """);

        assertThat(event).hasValueSatisfying(e -> {
            assertThat(e.instanceId()).isEqualTo("heroes-service:127.0.0.1:40101");
            assertThat(e.latencyMs()).isEqualTo(3.2);
            assertThat(e.time()).isEqualTo(Instant.parse("2026-12-04T10:00:00.250Z"));
        });
        assertThat(parser.parse("not json")).isEmpty();
    }

    @Test
    void sumsEachEdgePerFinishedSecond() {
        var aggregator = new TrafficAggregator();
        for (var i = 1; i <= 100; i++) {
            aggregator.add(event("a", "10:00:00." + String.format("%03d", i), i == 100 ? 502 : 200, i));
        }
        aggregator.add(event("b", "10:00:00.500", 200, 5));
        aggregator.add(event("a", "10:00:01.100", 200, 1));

        var stats = aggregator.drain(Instant.parse("2026-12-04T10:00:01.200Z"));

        assertThat(stats).hasSize(2);
        var a = stats.stream()
                .filter(s -> s.edge().instanceId().equals("a"))
                .findFirst()
                .orElseThrow();
        assertThat(a.count()).isEqualTo(100);
        assertThat(a.errors()).isEqualTo(1);
        assertThat(a.meanLatencyMs()).isEqualTo(50.5);
        assertThat(a.p99LatencyMs()).isEqualTo(99);
        assertThat(aggregator.drain(Instant.parse("2026-12-04T10:00:02Z")))
                .singleElement()
                .extracting(EdgeStats::count)
                .isEqualTo(1);
    }

    private static TrafficEvent event(String instance, String time, int status, double latency) {
        return new TrafficEvent(
                Instant.parse("2026-12-04T" + time + "Z"),
                "heroes-service",
                "heroes-service",
                instance,
                "http://127.0.0.1:1",
                "GET",
                "/heroes",
                status,
                latency);
    }
}
