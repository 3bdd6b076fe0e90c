package dev.orrery.gateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrafficStreamTest {

    private final TrafficStream stream = new TrafficStream();

    @Test
    void everySubscriberGetsEveryEvent() throws Exception {
        try (var first = stream.subscribe();
                var second = stream.subscribe()) {
            stream.publish(event(200));

            assertThat(first.next(Duration.ZERO)).map(TrafficEvent::status).contains(200);
            assertThat(second.next(Duration.ZERO)).map(TrafficEvent::status).contains(200);
        }
    }

    @Test
    void slowSubscriberDropsNewEventsInsteadOfBlockingThePublisher() throws Exception {
        try (var slow = stream.subscribe(2)) {
            for (int status = 200; status < 205; status++) {
                stream.publish(event(status));
            }

            assertThat(slow.dropped()).isEqualTo(3);
            assertThat(slow.next(Duration.ZERO)).map(TrafficEvent::status).contains(200);
            assertThat(slow.next(Duration.ZERO)).map(TrafficEvent::status).contains(201);
            assertThat(slow.next(Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void closedSubscriptionNoLongerReceives() {
        var subscription = stream.subscribe();

        subscription.close();
        stream.publish(event(200));

        assertThat(stream.subscriberCount()).isZero();
        assertThat(subscription.isClosed()).isTrue();
    }

    static TrafficEvent event(int status) {
        return new TrafficEvent(
                Instant.parse("2026-01-01T10:00:00Z"),
                "/heroes/**",
                "heroes-service",
                Optional.of("heroes-service:127.0.0.1:9001"),
                Optional.of("http://127.0.0.1:9001"),
                "GET",
                "/heroes",
                status,
                3.2);
    }
}
