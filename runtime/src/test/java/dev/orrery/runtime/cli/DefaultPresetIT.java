package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// The default preset (lesson 4: registry, gateway, auth-service, two instances each of heroes-service and
/// threats-service on a shared database, tokens) started by a plain `orrery up` as a child process, on free ports
/// given with `--registry-port`, `--gateway-port` and `--database-port`. One cluster serves every test; the last one
/// stops it with SIGTERM.
///
/// Lesson 3 gets no cluster of its own: it differs from this one only by its open doors, and the storage that makes
/// instances agree (the same `orrery.storage=mongo` and database URI for every instance) is the same, so the shared
/// hero below covers it; the refusal without a token is what lesson 4 adds on top.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefaultPresetIT {
    private static final List<String> PROCESSES = List.of(
            "database",
            "registry",
            "auth-service-1",
            "heroes-service-1",
            "heroes-service-2",
            "threats-service-1",
            "threats-service-2",
            "gateway");

    private static OrreryProcess orrery;
    private static int gatewayPort;
    private static String teacher;
    private static final List<String> secrets = new ArrayList<>();

    @BeforeAll
    static void startDefaultPreset() throws Exception {
        gatewayPort = OrreryProcess.freePort();
        Path data = Files.createTempDirectory("orrery-default-it");
        orrery = OrreryProcess.up(
                data,
                "--registry-port",
                String.valueOf(OrreryProcess.freePort()),
                "--gateway-port",
                String.valueOf(gatewayPort),
                "--database-port",
                String.valueOf(OrreryProcess.freePort()));
        orrery.awaitReady(Duration.ofSeconds(300));
        teacher = orrery.token();
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (orrery != null) {
            orrery.close();
        }
    }

    @Test
    @Order(1)
    void statusListsEveryProcessUpWithPortAndPid() throws Exception {
        JsonNode status = orrery.status();

        assertThat(status.path("ready").asBoolean()).isTrue();
        assertThat(status.path("topology").asText()).isEqualTo("tokens");
        assertThat(status.path("instances"))
                .extracting(i -> i.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(PROCESSES);
        assertThat(status.path("instances")).allSatisfy(i -> {
            assertThat(i.path("component").asText()).isNotBlank();
            assertThat(i.path("state").asText()).isEqualTo("UP");
            assertThat(i.path("port").asInt()).isPositive();
            assertThat(i.path("pid").asLong()).isPositive();
        });
        assertThat(status.path("databaseEngine").asText()).isNotBlank();
    }

    @Test
    @Order(2)
    void everyRouteOfTheGatewayAnswers() throws Exception {
        JsonNode routes = orrery.status().path("routes");

        assertThat(routes)
                .extracting(r -> r.path("path").asText())
                .contains("/heroes/**", "/hero/**", "/powers/**", "/img/**", "/threats/**", "/assignment/**")
                .contains("/auth/**", "/heroes-service/**", "/threats-service/**", "/auth-service/**");
        for (JsonNode route : routes) {
            String path = route.path("path").asText().replace("/**", "");
            assertThat(route.path("answering").asBoolean()).as(path).isTrue();
            assertThat(OrreryProcess.get(gatewayPort, path, teacher).statusCode())
                    .as(path)
                    .isLessThan(500);
        }
        assertThat(OrreryProcess.get(gatewayPort, "/heroes", teacher).statusCode())
                .isEqualTo(200);
        assertThat(OrreryProcess.get(gatewayPort, "/threats", teacher).statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void upPrintedTheTableOfInstancesRoutesAndDemoUsers() throws Exception {
        String output = orrery.output();

        assertThat(output).contains("COMPONENT", "ROUTE", "/auth/**", "/threats-service/**", "Ready.");
        PROCESSES.forEach(id -> assertThat(output).contains(id));
        assertThat(output).containsPattern("(?m)^student +\\S+ +heroes:read threats:read$");
        assertThat(output).containsPattern("(?m)^teacher +\\S+ +heroes:read heroes:write threats:read threats:write$");
        assertThat(output).containsPattern("(?m)^admin .* \\(\\+ TOTP\\)$");
    }

    @Test
    @Order(4)
    void defaultTokenIsTheTeachersAndNoTokenIsRefused() throws Exception {
        String claims = new String(Base64.getUrlDecoder().decode(teacher.split("\\.")[1]));

        String withToken = orrery.run("call", "--token", teacher, "GET", "/heroes");
        String without = orrery.runExpectingFailure("call", "GET", "/heroes");

        assertThat(claims).contains("\"sub\":\"teacher\"", "heroes:write", "threats:write");
        assertThat(withToken).startsWith("HTTP 200").contains("served by heroes-service:127.0.0.1:");
        assertThat(without).startsWith("HTTP 401");
    }

    @Test
    @Order(5)
    void studentLogsInThroughTheGatewayAndMayReadButNotWrite() throws Exception {
        String password = demoPassword("student");

        HttpResponse<String> login = post("/auth", "", "{\"userId\":\"student\",\"password\":\"" + password + "\"}");
        String student =
                OrreryProcess.JSON.readTree(login.body()).path("jwtToken").asText();

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(OrreryProcess.get(gatewayPort, "/heroes", student).statusCode())
                .isEqualTo(200);
        assertThat(post("/heroes", student, hero("Student-IT")).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void heroPostedThroughTheGatewayIsReturnedByBothInstancesCalledDirectly() throws Exception {
        HttpResponse<String> posted = post("/heroes", teacher, hero("Storm-IT"));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        List<JsonNode> instances = orrery.instancesOf("heroes-service");
        assertThat(instances).hasSize(2);
        for (JsonNode instance : instances) {
            HttpResponse<String> heroes =
                    OrreryProcess.get(instance.path("port").asInt(), "/heroes", teacher);
            assertThat(heroes.body()).as(instance.path("id").asText()).contains("Storm-IT");
        }
    }

    @Test
    @Order(7)
    void threatsServiceAssignsAHeroItFindsThroughTheRegistry() throws Exception {
        HttpResponse<String> assigned = post("/assignment", teacher, "{\"heroId\": 3, \"threatId\": 3}");

        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(202);
        assertThat(OrreryProcess.get(gatewayPort, "/threats/3", teacher).body()).contains("\"assignedHero\":3");
    }

    @Test
    @Order(11)
    void everyProcessOfTheClusterListensOnLoopbackOnly() throws Exception {
        ClusterSecurityChecks.assertListenOnLoopbackOnly(orrery.pids());
    }

    @Test
    @Order(12)
    void actuatorsExposeOnlyHealthAndInfo() throws Exception {
        for (JsonNode instance : orrery.status().path("instances")) {
            if (instance.path("component").asText().equals("database")) {
                continue;
            }
            int port = instance.path("port").asInt();
            String id = instance.path("id").asText();

            HttpResponse<String> listing = OrreryProcess.get(port, "/actuator", teacher);

            assertThat(listing.statusCode())
                    .as("%s /actuator: %s", id, listing.body())
                    .isEqualTo(200);
            assertThat(ClusterSecurityChecks.actuatorLinks(OrreryProcess.JSON.readTree(listing.body())))
                    .as(id)
                    .contains("health")
                    .isSubsetOf(ClusterSecurityChecks.ALLOWED_ACTUATOR_LINKS);
            for (String hidden :
                    List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers")) {
                assertThat(OrreryProcess.get(port, hidden, teacher).statusCode())
                        .as("%s %s", id, hidden)
                        .isBetween(400, 499);
            }
        }
    }

    @Test
    @Order(13)
    void keysAndTheControlSecretAreOwnerOnly() throws Exception {
        Path keys = orrery.data().resolve("keys");

        ClusterSecurityChecks.assertOwnerOnly(keys);
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(orrery.data().resolve("run").resolve("control.json")))
                .isSubsetOf(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @Order(14)
    void controlEndpointRefusesCallsWithoutTheClusterSecret() throws Exception {
        JsonNode control = OrreryProcess.JSON.readTree(
                orrery.data().resolve("run").resolve("control.json").toFile());
        int port = control.path("port").asInt();
        String secret = control.path("secret").asText();

        assertThat(OrreryProcess.get(port, "/status", "").statusCode()).isEqualTo(401);
        assertThat(OrreryProcess.get(port, "/status", "wrong-" + secret).statusCode())
                .isEqualTo(401);
        assertThat(OrreryProcess.get(port, "/status", secret.substring(1)).statusCode())
                .isEqualTo(401);
        assertThat(OrreryProcess.get(port, "/status", secret).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(15)
    void noFileOutsideTheKeysHoldsATokenOrADemoPassword() throws Exception {
        HttpResponse<String> login =
                post("/auth", "", "{\"userId\":\"student\",\"password\":\"" + demoPassword("student") + "\"}");
        String student =
                OrreryProcess.JSON.readTree(login.body()).path("jwtToken").asText();
        assertThat(OrreryProcess.get(gatewayPort, "/heroes", student).statusCode())
                .isEqualTo(200);
        secrets.addAll(List.of(teacher, student, signature(teacher), signature(student)));
        for (String user : List.of("student", "teacher", "admin")) {
            secrets.add(demoPassword(user));
        }

        assertNoLogHoldsASecret();
    }

    @Test
    @Order(16)
    void badRequestsThroughTheGatewayGetProblemsAndLeaveTheServicesHealthy() throws Exception {
        String huge = hero("x".repeat(5 * 1024 * 1024));
        List<HttpResponse<String>> answers = List.of(
                post("/heroes", teacher, "{\"displayName\": tru"),
                post("/heroes", teacher, "{\"displayName\": {\"nested\": 1}}"),
                post("/heroes", teacher, huge),
                post("/hero/999999", teacher, "{\"busy\": true}"),
                post("/threats", teacher, "[]"),
                post("/auth", "", "{\"userId\": [1]}"),
                OrreryProcess.get(gatewayPort, "/heroes/abc", teacher),
                OrreryProcess.get(gatewayPort, "/heroes/1%00", teacher),
                OrreryProcess.get(gatewayPort, "/..%2fheroes", teacher),
                OrreryProcess.get(gatewayPort, "/heroes/" + "a".repeat(20_000), teacher));

        assertThat(answers).allSatisfy(answer -> {
            String body = answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body();
            assertThat(answer.statusCode())
                    .as("%s: %s", answer.uri().getPath().length(), body)
                    .isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(body)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(body)
                    .contains("urn:orrery:problem:")
                    .doesNotContain("Exception", "\tat ", "org.springframework");
        });
        assertThat(OrreryProcess.get(gatewayPort, "/heroes", teacher).statusCode())
                .isEqualTo(200);
        assertThat(orrery.status().path("instances"))
                .allSatisfy(i -> assertThat(i.path("state").asText()).isEqualTo("UP"));
    }

    @Test
    @Order(20)
    void secondUpOnTheSameFolderIsRefused() throws Exception {
        String refused = orrery.runExpectingFailure("up");

        assertThat(refused)
                .contains(
                        "a cluster is already running from",
                        "(pid " + orrery.up().pid() + ")",
                        "orrery down");
    }

    @Test
    @Order(21)
    void takenPortIsNamedWithItsOwnerAndAFreeOneAndNothingStarts() throws Exception {
        Path other = Files.createTempDirectory("orrery-taken-port-it");
        long gatewayPid = orrery.instancesOf("gateway").getFirst().path("pid").asLong();

        Process second = OrreryProcess.orrery(
                        "up",
                        "--data",
                        other.toString(),
                        "--gateway-port",
                        String.valueOf(gatewayPort),
                        "--registry-port",
                        String.valueOf(OrreryProcess.freePort()),
                        "--database-port",
                        String.valueOf(OrreryProcess.freePort()))
                .redirectErrorStream(true)
                .start();
        String out = new String(second.getInputStream().readAllBytes());
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(second.exitValue()).as(out).isEqualTo(1);
        assertThat(out)
                .contains("Nothing was started: port " + gatewayPort + " (gateway) is in use by pid " + gatewayPid)
                .containsPattern("try --gateway-port \\d+");
        try (var folders = Files.list(other);
                var runFiles = Files.list(other.resolve("run"))) {
            assertThat(folders.map(p -> p.getFileName().toString())).containsOnly("run");
            assertThat(runFiles.map(p -> p.getFileName().toString())).containsOnly("cluster.lock");
        }
    }

    @Test
    @Order(22)
    void sigtermStopsEveryProcessAndUpExitsZero() throws Exception {
        List<Long> pids = new ArrayList<>(orrery.pids());

        orrery.up().destroy();

        orrery.awaitExit(Duration.ofSeconds(90));
        assertThat(orrery.up().exitValue()).as(orrery.output()).isZero();
        assertThat(orrery.output()).contains("Stopping…", "Stopped.");
        OrreryProcess.awaitGone(pids, Duration.ofSeconds(10));
        try (var runFiles = Files.list(orrery.data().resolve("run"))) {
            assertThat(runFiles.map(p -> p.getFileName().toString())).containsOnly("cluster.lock");
        }
    }

    private static String demoPassword(String user) throws Exception {
        JsonNode users = OrreryProcess.JSON.readTree(
                orrery.data().resolve("keys").resolve("demo-users.json").toFile());
        for (JsonNode node : users.path("users")) {
            if (node.path("id").asText().equals(user)) {
                return node.path("password").asText();
            }
        }
        throw new AssertionError("no demo user " + user + " in " + users);
    }

    @Test
    @Order(23)
    void noLogHoldsATokenOrADemoPasswordOnceEveryProcessHasWrittenItsLastLine() throws Exception {
        assertThat(secrets).as("secrets collected while the cluster ran").isNotEmpty();

        assertNoLogHoldsASecret();
    }

    private static void assertNoLogHoldsASecret() throws Exception {
        int read = 0;
        for (String folder : List.of("logs", "db")) {
            Path path = orrery.data().resolve(folder);
            if (Files.isDirectory(path)) {
                read += ClusterSecurityChecks.assertNoFileContains(path, secrets);
            }
        }
        assertThat(read).as("files read").isPositive();
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    private static String hero(String name) {
        return "{\"type\":\"storm-cat\",\"displayName\":\"" + name + "\",\"powers\":[1],\"img\":\"hero-1.svg\"}";
    }

    private static HttpResponse<String> post(String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
