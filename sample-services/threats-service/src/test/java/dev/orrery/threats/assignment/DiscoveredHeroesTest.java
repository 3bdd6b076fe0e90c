package dev.orrery.threats.assignment;

import static dev.orrery.threats.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.threats.TestClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// Lessons 2–4: threats-service registers itself in the registry and finds heroes-service there (no
/// `orrery.heroes.url`), against a stand-in registry that lists a stand-in heroes-service.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"orrery.instance-id=threats-discovery-test-1"})
class DiscoveredHeroesTest {

    private static FakeHeroesService heroes;
    private static StubRegistry registry;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void registryUrl(DynamicPropertyRegistry properties) throws IOException {
        heroes = new FakeHeroesService();
        registry = new StubRegistry(URI.create(heroes.url()).getPort());
        properties.add("eureka.client.service-url.defaultZone", registry::serviceUrl);
    }

    @AfterAll
    static void stopStandIns() {
        registry.close();
        heroes.close();
    }

    @Test
    void registersItselfWithTheRegistryAtItsConfiguredAddress() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(registry.requests())
                        .anyMatch(r -> r.startsWith("POST /eureka/apps/THREATS-SERVICE")));
    }

    @Test
    void assignmentReachesTheHeroesServiceInstanceListedInTheRegistry() {
        var client = new TestClient(port);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(client.post("/assignment", "{\"heroId\": 2, \"threatId\": 2}")
                                .statusCode())
                        .isEqualTo(202));
        assertThat(json(client.get("/threats/2")).get("assignedHero").asInt()).isEqualTo(2);
    }
}
