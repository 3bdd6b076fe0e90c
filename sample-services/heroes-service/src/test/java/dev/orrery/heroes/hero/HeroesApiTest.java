package dev.orrery.heroes.hero;

import static dev.orrery.heroes.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.heroes.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/// The series' requests against one in-memory instance. Tests share the instance, so each changes a different hero.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.instance-id=heroes-test-1"})
class HeroesApiTest {

    @LocalServerPort
    int port;

    private TestClient client;

    @BeforeEach
    void client() {
        client = new TestClient(port);
    }

    @Test
    void listsTheFourSeededHeroesInTheSeriesShape() {
        var response = client.get("/heroes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Served-By")).hasValue("heroes-test-1");
        JsonNode heroes = json(response);
        assertThat(heroes.size()).isGreaterThanOrEqualTo(4);
        JsonNode nova = heroes.get(0);
        assertThat(nova.get("id").asInt()).isEqualTo(1);
        assertThat(nova.get("displayName").asString()).isEqualTo("Nova");
        assertThat(nova.get("type").asString()).isEqualTo("rocket-cat");
        assertThat(nova.get("powers").toString()).isEqualTo("[1,4]");
        assertThat(nova.get("img").asString()).isEqualTo("hero-1.svg");
        assertThat(nova.has("busy")).isTrue();
    }

    @Test
    void listsTheFivePowers() {
        JsonNode powers = json(client.get("/powers"));

        assertThat(powers.size()).isEqualTo(5);
        assertThat(powers.get(0).toString()).isEqualTo("{\"id\":1,\"name\":\"flying\"}");
    }

    @Test
    void marksAHeroBusyAndAnswersAcceptedWithTheHeroAndItsLocation() {
        var response = client.post("/hero/1", "{\"busy\": true}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).hasValue("/heroes/1");
        assertThat(json(response).get("busy").asBoolean()).isTrue();
        assertThat(json(response).get("displayName").asString()).isEqualTo("Nova");
        assertThat(json(client.get("/heroes/1")).get("busy").asBoolean()).isTrue();
    }

    @Test
    void refusesToMarkABusyHeroBusyAgainWithAConflictProblem() {
        assertThat(client.post("/hero/3", "{\"busy\": true}").statusCode()).isEqualTo(202);

        var again = client.post("/hero/3", "{\"busy\": true, \"displayName\": \"Someone else\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(again).get("heroId").asInt()).isEqualTo(3);
        assertThat(json(client.get("/heroes/3")).get("displayName").asString()).isEqualTo("Ember");
        assertThat(client.post("/hero/3", "{\"busy\": false}").statusCode()).isEqualTo(202);
    }

    @Test
    void unknownHeroIsANotFoundProblem() {
        assertThat(client.get("/heroes/99").statusCode()).isEqualTo(404);
        var update = client.post("/hero/99", "{\"busy\": true}");

        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(json(update).get("type").asString()).isEqualTo("urn:orrery:problem:hero-not-found");
        assertThat(json(update).get("servedBy").asString()).isEqualTo("heroes-test-1");
    }

    @Test
    void createsAHeroWithANewIdAndLocation() {
        var response = client.post("/heroes", "{\"type\":\"quick-hare\",\"displayName\":\"Dash\",\"powers\":[2]}");

        assertThat(response.statusCode()).isEqualTo(201);
        int id = json(response).get("id").asInt();
        assertThat(id).isGreaterThan(4);
        assertThat(response.headers().firstValue("Location")).hasValue("/heroes/" + id);
        assertThat(json(client.get("/heroes/" + id)).get("displayName").asString())
                .isEqualTo("Dash");
    }

    @Test
    void invalidNewHeroIsABadRequestNamingTheField() {
        var noName = client.post("/heroes", "{\"type\":\"quick-hare\",\"powers\":[2]}");
        var unknownPower = client.post("/heroes", "{\"type\":\"quick-hare\",\"displayName\":\"Dash\",\"powers\":[42]}");

        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(json(noName).get("field").asString()).isEqualTo("displayName");
        assertThat(unknownPower.statusCode()).isEqualTo(400);
        assertThat(json(unknownPower).get("field").asString()).isEqualTo("powers");
    }

    @Test
    void servesPicturesButNothingOutsideTheirFolder() {
        var picture = client.get("/img/hero-1.svg");

        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(picture.body()).contains("<svg");
        assertThat(client.get("/img/..%2Fapplication.yaml").statusCode()).isBetween(400, 404);
        assertThat(client.get("/img/../application.yaml").body()).doesNotContain("heroes-service");
        assertThat(client.get("/img/%2e%2e/%2e%2e/application.yaml").body()).doesNotContain("spring:");
    }

    @Test
    void healthIsUp() {
        assertThat(client.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }
}
