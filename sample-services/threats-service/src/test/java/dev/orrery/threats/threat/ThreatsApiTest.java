package dev.orrery.threats.threat;

import static dev.orrery.threats.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.threats.TestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.heroes.url=http://127.0.0.1:9"})
class ThreatsApiTest {

    @LocalServerPort
    int port;

    @Test
    void listsTheThreeSeededThreatsInTheSeriesShape() {
        var response = new TestClient(port).get("/threats");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Served-By")).isPresent();
        JsonNode first = json(response).get(0);
        assertThat(json(response).size()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("id").asInt()).isEqualTo(1);
        assertThat(first.get("necessaryPowers").toString()).isEqualTo("[\"flying\"]");
        assertThat(first.get("img").asString()).isEqualTo("threat-1.svg");
        assertThat(first.get("assignedHero").asInt()).isZero();
        assertThat(first.get("displayName").asString()).isNotBlank();
    }

    @Test
    void createsAThreatWithANewIdAndLocation() {
        var response = new TestClient(port)
                .post("/threats", "{\"displayName\":\"The bridge is frozen.\",\"necessaryPowers\":[\"flying\"]}");

        assertThat(response.statusCode()).isEqualTo(201);
        int id = json(response).get("id").asInt();
        assertThat(id).isGreaterThan(3);
        assertThat(response.headers().firstValue("Location")).hasValue("/threats/" + id);
    }

    @Test
    void invalidThreatIsABadRequestNamingTheField() {
        var response = new TestClient(port).post("/threats", "{\"necessaryPowers\":[\"flying\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asString()).isEqualTo("displayName");
    }

    @Test
    void unknownThreatIsANotFoundProblem() {
        assertThat(new TestClient(port).get("/threats/42").statusCode()).isEqualTo(404);
    }

    @Test
    void servesThreatPictures() {
        assertThat(new TestClient(port).get("/img/threat-2.svg").body()).contains("<svg");
    }
}
