package dev.orrery.runtime.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private final AtomicInteger received = new AtomicInteger();
    private final AtomicReference<String> authorization = new AtomicReference<>("");
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/heroes", exchange -> {
            received.incrementAndGet();
            authorization.set(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void sendsAtTheRateForTheDurationWithTheToken() throws Exception {
        var plan = new LoadPlan(uri("/heroes"), "GET", 40, Duration.ofSeconds(1), Optional.of("abc"));

        try (var load = LoadGenerator.start(plan)) {
            var report = load.done().get(10, TimeUnit.SECONDS);

            // Never more than planned; a busy machine may delay ticks past the end, so fewer is fine.
            assertThat(report.sent()).isBetween(10L, 40L);
            assertThat(report.running()).isFalse();
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> received.get() == load.report().sent());
        }
        assertThat(authorization.get()).isEqualTo("Bearer abc");
    }

    @Test
    void countsServerErrorsAsFailed() throws Exception {
        var plan = new LoadPlan(uri("/broken"), "GET", 20, Duration.ofMillis(500), Optional.empty());

        try (var load = LoadGenerator.start(plan)) {
            load.done().get(10, TimeUnit.SECONDS);
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> load.report().failed() == load.report().sent());

            assertThat(load.report().succeeded()).isZero();
            assertThat(load.report().failed()).isPositive();
        }
    }

    @Test
    void refusesTargetsOffThisMachine() {
        assertThatThrownBy(() -> new LoadPlan(
                        URI.create("http://192.0.2.1:8080/heroes"), "GET", 1, Duration.ofSeconds(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only to this machine");
    }
}
