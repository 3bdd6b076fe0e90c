package dev.orrery.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.json.JsonMapper;

/// The packaged registry, gateway and two heroes-service instances as real processes on 127.0.0.1, sharing a
/// MongoDB-protocol server that runs in this JVM: one cluster for the whole class (CI has two cores).
///
/// Shows what lessons 2 and 3 rely on: both instances serve through the gateway, a hero written through one is
/// read through the other, and after `kill -9` of one the gateway keeps answering every request.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayClusterIT {

    private static final Duration START_UP = Duration.ofMinutes(3);
    private static final Path SERVICES = Path.of(System.getProperty("orrery.services.dir", ".."));
    private static final Path LOGS = SERVICES.resolve("gateway/target/cluster-it");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();

    private static MongoServer mongo;
    private static ServiceProcess gateway;
    private static ServiceProcess heroesA;
    private static ServiceProcess heroesB;

    @RegisterExtension
    static final TestWatcher PRINT_LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printLogs();
        }
    };

    @BeforeAll
    static void startCluster() throws Exception {
        var registryJar = jar("registry");
        var heroesJar = jar("heroes-service");
        var gatewayJar = jar("gateway");
        try {
            mongo = new MongoServer(new MemoryBackend());
            var mongoPort = ServiceProcess.freePort();
            mongo.bind("127.0.0.1", mongoPort);
            var mongoUri = "mongodb://127.0.0.1:" + mongoPort + "/orrery";

            var registry = start("registry", registryJar, List.of());
            var defaultZone = "eureka.client.service-url.defaultZone=" + registry.url() + "/eureka/";
            gateway = start("gateway", gatewayJar, List.of(defaultZone));
            var heroes = List.of(defaultZone, "orrery.storage=mongo", "spring.mongodb.uri=" + mongoUri);
            heroesA = start("heroes-service", heroesJar, heroes);
            heroesB = start("heroes-service", heroesJar, heroes);

            await("every process UP")
                    .atMost(START_UP)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> PROCESSES.stream().allMatch(process -> process.isUp(HTTP)));
        } catch (Throwable e) {
            printLogs();
            stopCluster();
            throw e;
        }
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (var process : PROCESSES.reversed()) {
            process.close();
        }
        PROCESSES.clear();
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    @Order(1)
    void bothInstancesServeThroughTheGateway() throws Exception {
        var servedBy = new HashSet<String>();

        await("both heroes-service instances answering through the gateway")
                .atMost(START_UP)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var response = get(gateway.url() + "/heroes-service/heroes");
                    if (response.statusCode() == 200) {
                        response.headers().firstValue("X-Served-By").ifPresent(servedBy::add);
                    }
                    return servedBy.containsAll(List.of(heroesA.instanceId(), heroesB.instanceId()));
                });

        assertThat(get(gateway.url() + "/heroes").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void heroWrittenThroughOneInstanceIsReadThroughTheOther() throws Exception {
        var created = post(
                heroesA.url() + "/heroes",
                "{\"type\": \"mutant\", \"displayName\": \"Cluster Test Hero\", \"powers\": [1]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = JsonMapper.shared().readTree(created.body()).get("id").asInt();

        var read = get(heroesB.url() + "/heroes/" + id);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("X-Served-By")).contains(heroesB.instanceId());
        assertThat(read.body()).contains("Cluster Test Hero");
    }

    @Test
    @Order(3)
    void gatewayKeepsAnsweringAfterOneInstanceIsKilled() throws Exception {
        heroesA.kill();
        assertThat(heroesA.isAlive()).isFalse();

        var failures = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            var response = get(gateway.url() + "/heroes");
            if (response.statusCode() != 200) {
                failures.add(i + ": " + response.statusCode() + " " + response.body());
            }
        }

        assertThat(failures)
                .as("failed GETs through the gateway after kill -9 of one instance")
                .isEmpty();
    }

    private static ServiceProcess start(String name, Path jar, List<String> properties) throws IOException {
        var process = ServiceProcess.start(name, jar, LOGS, properties);
        PROCESSES.add(process);
        return process;
    }

    private static Path jar(String module) {
        var jar = SERVICES.resolve(module).resolve("target").resolve(module + ".jar");
        assertThat(Files.isRegularFile(jar))
                .as(
                        "%s is missing: build it first (./mvnw -pl sample-services/%s -am package, or ./mvnw verify"
                                + " from the project root, which builds the gateway last)",
                        jar.toAbsolutePath(), module)
                .isTrue();
        return jar;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void printLogs() {
        for (var process : PROCESSES) {
            System.err.printf(
                    "%n===== last output of %s (%s) =====%n%s%n",
                    process.instanceId(), process.isAlive() ? "running" : "exited", process.tail(60));
        }
    }
}
