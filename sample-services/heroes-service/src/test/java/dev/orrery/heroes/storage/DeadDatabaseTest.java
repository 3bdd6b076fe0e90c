package dev.orrery.heroes.storage;

import static dev.orrery.heroes.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.heroes.TestClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// With `orrery.storage=mongo` and no database listening, requests fail fast with a 503 problem.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.storage=mongo", "orrery.mongo.server-selection-timeout=1s"
        })
class DeadDatabaseTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void deadMongo(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + closedPort + "/orrery");
    }

    @Test
    void unreachableDatabaseIsAQuickServiceUnavailableProblem() {
        Instant start = Instant.now();

        var response = new TestClient(port).get("/heroes");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:orrery:problem:database-unavailable");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void instanceStaysUpWhileTheDatabaseIsDown() {
        assertThat(new TestClient(port).get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
