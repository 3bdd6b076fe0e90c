package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// `orrery up` with programs that are not JVMs, as a `mongod` would be: a small Python web server on a fixed port
/// and a program that fails at once. Checks what happens around crashes: an instance that crashes while the cluster
/// starts, `kill -9` of the runtime itself, and the next start on the same data folder after such a death.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAndLeftoversIT {
    private static final String TOPOLOGY = """
            name: crash-and-leftovers
            services:
              web:
                kind: command
                command: python3 -u -m http.server {port} --bind 127.0.0.1
                port: %d
                readiness: {http: /}
              broken:
                kind: command
                command: 'sh -c "echo loading settings; echo fatal: settings.json not found >&2; exit 3" {port}'
                restart: {mode: on-failure, max-restarts: 2, backoff: {initial: 100ms, max: 200ms}}
            """;

    private static Path data;
    private static Path topology;
    private static int webPort;
    private static OrreryProcess orrery;
    private static Process leftover;

    @BeforeAll
    static void startCluster() throws Exception {
        data = Files.createTempDirectory("orrery-crash-it");
        webPort = OrreryProcess.freePort();
        topology = Files.writeString(data.resolveSibling(data.getFileName() + ".yaml"), TOPOLOGY.formatted(webPort));
        orrery = OrreryProcess.up(data, "--topology", topology.toString()).awaitReady(Duration.ofSeconds(60));
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (orrery != null) {
            orrery.close();
        }
        if (leftover != null) {
            leftover.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void instanceCrashingAtStartIsRestartedThenShownCrashedWhileTheRestRuns() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> orrery.output().contains("gave up after 2 restarts"));
        JsonNode status = orrery.status();

        assertThat(orrery.output())
                .contains("broken-1               CRASHED  exited with code 3; gave up after 2 restarts")
                .contains("| fatal: settings.json not found")
                .contains("web-1                  UP");
        assertThat(status.path("state").asText()).isEqualTo("DEGRADED");
        JsonNode broken = instance(status, "broken-1");
        assertThat(broken.path("state").asText()).isEqualTo("CRASHED");
        assertThat(broken.path("exitCode").asInt()).isEqualTo(3);
        assertThat(broken.path("pid").isNull()).isTrue();
        assertThat(instance(status, "web-1").path("state").asText()).isEqualTo("UP");
        assertThat(OrreryProcess.get(webPort, "/", "").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void killMinusNineOfTheRuntimeTakesItsNonJavaChildrenWithIt() throws Exception {
        long python = instance(orrery.status(), "web-1").path("pid").asLong();
        assertThat(ProcessHandle.of(python).flatMap(p -> p.info().command()))
                .hasValueSatisfying(command -> assertThat(command).contains("python"));

        orrery.up().destroyForcibly();

        OrreryProcess.awaitGone(List.of(orrery.up().pid(), python), Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void nextStartOnTheSameFolderKillsLeftoversAndReplacesStaleRunFiles() throws Exception {
        leftover = leaveBehindAWebServerOnItsPort();
        assertThat(data.resolve("run").resolve("control.json"))
                .as("left by the killed runtime")
                .exists();

        try (OrreryProcess again = OrreryProcess.up(data, "--topology", topology.toString())) {
            again.awaitReady(Duration.ofSeconds(60));

            assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long web = instance(again.status(), "web-1").path("pid").asLong();
            assertThat(web).isNotEqualTo(leftover.pid());
            assertThat(instance(again.status(), "web-1").path("state").asText()).isEqualTo("UP");
            assertThat(OrreryProcess.get(webPort, "/", "").statusCode()).isEqualTo(200);

            again.up().destroy();
            assertThat(again.up().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(again.up().exitValue()).isZero();
            OrreryProcess.awaitGone(List.of(web), Duration.ofSeconds(10));
        }
    }

    /// What a runtime that died without taking its children leaves: a live child holding its port, and its pid file.
    private static Process leaveBehindAWebServerOnItsPort() throws Exception {
        Process server = new ProcessBuilder(
                        "python3", "-u", "-m", "http.server", String.valueOf(webPort), "--bind", "127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> OrreryProcess.get(webPort, "/", "").statusCode() == 200);
        Files.writeString(data.resolve("run").resolve("web-1.pid"), server.pid() + "\nhttp.server\n");
        return server;
    }

    private static JsonNode instance(JsonNode status, String id) {
        for (JsonNode instance : status.path("instances")) {
            if (instance.path("id").asText().equals(id)) {
                return instance;
            }
        }
        throw new AssertionError("no instance " + id + " in " + status);
    }
}
