package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// Runs `java -jar orrery.jar up` as a real child process with a secured, database-backed cluster on free ports,
/// shared by all assertions; the last test kills it with SIGKILL and expects every process to go with it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrreryUpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;
    private static Process up;
    private static final List<Long> clusterPids = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        data = Files.createTempDirectory("orrery-up-it");
        Path topology = Files.writeString(
                data.resolveSibling(data.getFileName() + ".yaml"), """
                name: it-tokens
                registry:
                  port: %d
                gateway:
                  port: %d
                  retries: 3
                database:
                  engine: java
                  port: %d
                security:
                  enabled: true
                  token-ttl: 10m
                  users:
                    - id: student
                      privileges: [heroes:read, threats:read]
                services:
                  auth-service:
                    kind: builtin
                    instances: 1
                  heroes-service:
                    kind: builtin
                    instances: 2
                    storage: mongo
                """.formatted(freePort(), freePort(), freePort()));
        up = orrery("up", "--data", data.toString(), "--topology", topology.toString())
                .redirectOutput(
                        data.resolveSibling(data.getFileName() + "-up.out").toFile())
                .redirectErrorStream(true)
                .start();
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    assertThat(up.isAlive()).as("orrery up is running").isTrue();
                    return status().path("ready").asBoolean(false);
                });
        status().path("instances").forEach(i -> clusterPids.add(i.path("pid").asLong()));
        clusterPids.add(up.pid());
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (up != null && up.isAlive()) {
            up.destroyForcibly();
            up.waitFor(30, TimeUnit.SECONDS);
        }
        clusterPids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    @Order(1)
    void statusListsEveryProcessWithPortAndPid() throws Exception {
        JsonNode status = status();

        assertThat(status.path("instances"))
                .extracting(i -> i.path("id").asText())
                .contains("database", "registry", "gateway", "auth-service-1", "heroes-service-1", "heroes-service-2");
        status.path("instances").forEach(i -> {
            assertThat(i.path("state").asText()).isEqualTo("UP");
            assertThat(i.path("pid").asLong()).isPositive();
        });
        assertThat(status.path("databaseEngine").asText()).contains("mongo-java-server");
    }

    @Test
    @Order(2)
    void tokenOpensTheServiceThatRefusesCallsWithoutOne() throws Exception {
        String token =
                run("token", "--data", data.toString()).strip().lines().toList().getLast();

        String withToken = run("call", "--data", data.toString(), "--token", token, "GET", "/heroes");
        String without = runExpectingFailure("call", "--data", data.toString(), "GET", "/heroes");

        assertThat(withToken).startsWith("HTTP 200").contains("served by heroes-service:127.0.0.1:");
        assertThat(without).startsWith("HTTP 401");
    }

    @Test
    @Order(3)
    void heroPostedThroughTheGatewayIsSeenByBothInstances() throws Exception {
        String token =
                run("token", "--data", data.toString()).strip().lines().toList().getLast();
        String body = "{\"type\":\"storm-cat\",\"displayName\":\"Storm-IT\",\"powers\":[1],\"img\":\"hero-1.svg\"}";

        assertThat(run("call", "--data", data.toString(), "--token", token, "POST", "/heroes", body))
                .startsWith("HTTP 201");

        for (JsonNode instance : status().path("instances")) {
            if (instance.path("component").asText().equals("heroes-service")) {
                var request = HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + instance.path("port").asInt() + "/heroes"))
                        .header("Authorization", "Bearer " + token)
                        .build();
                String heroes = HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(heroes).as(instance.path("id").asText()).contains("Storm-IT");
            }
        }
    }

    @Test
    @Order(4)
    void secondUpOnTheSameFolderIsRefused() throws Exception {
        String refused = runExpectingFailure("up", "--data", data.toString());

        assertThat(refused).contains("a cluster is already running from", "(pid " + up.pid() + ")", "orrery down");
    }

    @Test
    @Order(5)
    void killMinusNineOfUpTakesEveryProcessWithIt() {
        up.destroyForcibly();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(clusterPids)
                        .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                                .as("process " + pid)
                                .isNotEqualTo(java.util.Optional.of(true))));
    }

    private static JsonNode status() throws Exception {
        Process process = orrery("status", "--data", data.toString(), "--json").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return process.exitValue() == 0 ? JSON.readTree(out) : JSON.createObjectNode();
    }

    private static String run(String... args) throws Exception {
        Process process =
                orrery(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("orrery " + String.join(" ", args) + "\n" + out)
                .isZero();
        return out;
    }

    private static String runExpectingFailure(String... args) throws Exception {
        Process process = orrery(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isNotZero();
        return out;
    }

    private static ProcessBuilder orrery(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "orrery.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
