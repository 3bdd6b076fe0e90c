package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// Lesson 2 (`orrery up --topology 2`: registry, gateway, two in-memory instances each of heroes-service and
/// threats-service) as a child process: the instances disagree, which is the failure lesson 3 fixes; then
/// `orrery down` from another process stops it all.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InMemoryPresetIT {
    private static OrreryProcess orrery;

    @BeforeAll
    static void startLessonTwo() throws Exception {
        orrery = OrreryProcess.up(
                Files.createTempDirectory("orrery-lesson2-it"),
                "--topology",
                "2",
                "--registry-port",
                String.valueOf(OrreryProcess.freePort()),
                "--gateway-port",
                String.valueOf(OrreryProcess.freePort()));
        orrery.awaitReady(Duration.ofSeconds(240));
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (orrery != null) {
            orrery.close();
        }
    }

    @Test
    @Order(1)
    void heroPostedThroughTheGatewayIsKnownToOneInstanceOnly() throws Exception {
        String body = "{\"type\":\"storm-cat\",\"displayName\":\"Lonely-IT\",\"powers\":[1],\"img\":\"hero-1.svg\"}";

        String posted = orrery.run("call", "POST", "/heroes", body);

        assertThat(posted).startsWith("HTTP 201");
        List<JsonNode> instances = orrery.instancesOf("heroes-service");
        assertThat(instances).hasSize(2);
        var knowing = new ArrayList<String>();
        for (JsonNode instance : instances) {
            HttpResponse<String> heroes =
                    OrreryProcess.get(instance.path("port").asInt(), "/heroes", "");
            assertThat(heroes.statusCode()).isEqualTo(200);
            if (heroes.body().contains("Lonely-IT")) {
                knowing.add(instance.path("id").asText());
            }
        }
        assertThat(knowing).as("instances that know the new hero").hasSize(1);
        assertThat(posted).contains("served by " + servedByOf(knowing.getFirst()));
    }

    @Test
    @Order(2)
    void downStopsEveryProcessAndUpExitsZero() throws Exception {
        List<Long> pids = orrery.pids();

        String down = orrery.run("down");

        assertThat(down).contains("Stopped");
        orrery.awaitExit(Duration.ofSeconds(60));
        assertThat(orrery.up().exitValue()).as(orrery.output()).isZero();
        OrreryProcess.awaitGone(pids, Duration.ofSeconds(10));
        assertThat(orrery.status().has("instances")).isFalse();
    }

    private static String servedByOf(String instanceId) throws Exception {
        int port = orrery.instancesOf("heroes-service").stream()
                .filter(i -> i.path("id").asText().equals(instanceId))
                .findFirst()
                .orElseThrow()
                .path("port")
                .asInt();
        return "heroes-service:127.0.0.1:" + port;
    }
}
