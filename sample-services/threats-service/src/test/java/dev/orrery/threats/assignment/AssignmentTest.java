package dev.orrery.threats.assignment;

import static dev.orrery.threats.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.threats.TestClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// The series' assignment against a stand-in heroes-service reached through `orrery.heroes.url` (lesson 1).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.instance-id=threats-test-1"})
class AssignmentTest {

    private static FakeHeroesService heroes;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void heroesUrl(DynamicPropertyRegistry registry) throws IOException {
        heroes = new FakeHeroesService();
        registry.add("orrery.heroes.url", heroes::url);
    }

    @AfterAll
    static void stopHeroes() {
        heroes.close();
    }

    @Test
    void assignsHeroOneToThreatOneAsInTheSeries() {
        var response = new TestClient(port)
                .withToken("opaque-caller-token")
                .post("/assignment", "{\"heroId\": 1, \"threatId\": 1}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("X-Served-By")).hasValue("threats-test-1");
        assertThat(json(response).get("id").asInt()).isEqualTo(1);
        assertThat(json(response).get("assignedHero").asInt()).isEqualTo(1);
        assertThat(heroes.bodies()).contains("{\"busy\": true}");
        assertThat(heroes.authorizations()).contains("Bearer opaque-caller-token");
        assertThat(json(new TestClient(port).get("/threats/1"))
                        .get("assignedHero")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void unknownThreatIsNotFoundAndClaimsNoHero() {
        int callsBefore = heroes.bodies().size();

        var response = new TestClient(port).post("/assignment", "{\"heroId\": 4, \"threatId\": 99}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:orrery:problem:threat-not-found");
        assertThat(heroes.bodies()).hasSize(callsBefore);
    }

    @Test
    void unknownHeroIsNotFoundAndLeavesTheThreatAlone() {
        var client = new TestClient(port);
        String before = client.get("/threats/2").body();

        var response = client.post("/assignment", "{\"heroId\": 99, \"threatId\": 2}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:orrery:problem:hero-not-found");
        assertThat(client.get("/threats/2").body()).isEqualTo(before);
    }

    @Test
    void busyHeroIsAConflict() {
        var client = new TestClient(port);
        assertThat(client.post("/assignment", "{\"heroId\": 3, \"threatId\": 3}")
                        .statusCode())
                .isEqualTo(202);

        var again = client.post("/assignment", "{\"heroId\": 3, \"threatId\": 2}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("type").asString()).isEqualTo("urn:orrery:problem:hero-busy");
    }

    @Test
    void ofConcurrentAssignmentsOfOneHeroExactlyOneIsAccepted() throws Exception {
        var client = new TestClient(port);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.post("/assignment", "{\"heroId\": 2, \"threatId\": 2}")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }

            assertThat(answers).filteredOn(status -> status == 202).hasSize(1);
            assertThat(answers).filteredOn(status -> status == 409).hasSize(5);
        }
    }

    @Test
    void missingIdIsABadRequestNamingTheField() {
        var response = new TestClient(port).post("/assignment", "{\"heroId\": 1}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asString()).isEqualTo("threatId");
    }
}
