package dev.orrery.threats.assignment;

import static dev.orrery.threats.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.threats.TestClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// With `orrery.heroes.url` at a closed port, an assignment is a 502 problem naming heroes-service and the address.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false"})
class UnreachableHeroesTest {

    private static String closedUrl;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void deadHeroes(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }
        registry.add("orrery.heroes.url", () -> closedUrl);
    }

    @Test
    void unreachableHeroesServiceIsABadGatewayProblem() {
        var response = new TestClient(port).post("/assignment", "{\"heroId\": 1, \"threatId\": 1}");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("service").asString()).isEqualTo("heroes-service");
        assertThat(json(response).get("address").asString()).isEqualTo(closedUrl);
        assertThat(json(response).get("detail").asString())
                .contains("heroes-service", closedUrl)
                .contains("connection refused");
        assertThat(json(new TestClient(port).get("/threats/1"))
                        .get("assignedHero")
                        .asInt())
                .isZero();
    }
}
