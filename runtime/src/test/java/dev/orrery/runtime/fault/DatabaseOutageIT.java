package dev.orrery.runtime.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.cluster.ClusterTeardown;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.database.EmbeddedDatabaseLauncher;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.topology.TopologyParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The database killed under a service that stores its data there (lesson 3's shape, one instance, no gateway):
/// the service answers 503 problems quickly instead of hanging, recovers without a restart once the supervisor has
/// restarted the database, and every write it acknowledged before the kill is still there.
class DatabaseOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageIT.class);
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);
    private static final InstanceId DATABASE = InstanceId.single("database");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Cluster cluster;
    private static String heroes;

    @BeforeAll
    static void startCluster() throws Exception {
        var distribution = ServiceDistribution.locate();
        Assumptions.assumeTrue(
                distribution.missing(List.of("heroes-service")).isEmpty(), "the sample service jars are not built");
        var data = Files.createTempDirectory("orrery-db-outage-it");
        cluster = Cluster.create(ClusterConfig.of(new DataFolder(data), distribution)
                .withDatabaseLauncher(EmbeddedDatabaseLauncher.fromSystem())
                .withStopTimeout(Duration.ofSeconds(10)));
        var databasePort = PortChecker.freePort(Set.of());
        var topology = new TopologyParser().parse("""
                name: database-outage
                database: {engine: java}
                services:
                  heroes-service:
                    instances: 1
                    storage: mongo
                """, "outage.yaml");
        cluster.start(topology, StartOptions.defaults().withDatabasePort(databasePort))
                .get(240, TimeUnit.SECONDS);
        heroes = cluster.snapshot().instance(HEROES).orElseThrow().url();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster == null) {
            return;
        }
        ClusterTeardown.closeLeavingNothing(cluster);
    }

    @Test
    void servicesAnswer503DuringTheOutageRecoverWithoutRestartAndKeepEveryAcknowledgedWrite() throws Exception {
        var acknowledged = new ArrayList<Integer>();
        for (var i = 0; i < 20; i++) {
            var created = send(
                    "POST", "/heroes", "{\"type\":\"outage-hero\",\"displayName\":\"Hero " + i + "\",\"powers\":[1]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var matcher = ID.matcher(created.body());
            assertThat(matcher.find()).isTrue();
            acknowledged.add(Integer.parseInt(matcher.group(1)));
        }
        var databaseRestarts =
                cluster.snapshot().instance(DATABASE).orElseThrow().restarts();
        var killed = Instant.now();

        cluster.inject(new Fault.Kill(DATABASE)).get(10, TimeUnit.SECONDS);
        var duringRestart = timedGet("/heroes/" + acknowledged.getFirst());
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> send("GET", "/heroes", null).statusCode() == 200);
        var servedAfterKill = Duration.between(killed, Instant.now()).toMillis();

        // The policy restart is quicker than the driver's server selection timeout; a longer outage shows the 503.
        cluster.stopInstance(DATABASE).get(30, TimeUnit.SECONDS);
        var down = new ArrayList<Timed>();
        for (var i = 0; i < 3; i++) {
            down.add(timedGet("/heroes/" + acknowledged.getFirst()));
        }
        var restarted = Instant.now();
        cluster.startInstance(DATABASE).get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> send("GET", "/heroes", null).statusCode() == 200);
        var recovered = Duration.between(restarted, Instant.now()).toMillis();
        var missing = new ArrayList<Integer>();
        for (var id : acknowledged) {
            if (send("GET", "/heroes/" + id, null).statusCode() != 200) {
                missing.add(id);
            }
        }
        var heroesInstance = cluster.snapshot().instance(HEROES).orElseThrow();
        var database = cluster.snapshot().instance(DATABASE).orElseThrow();

        LOG.info(
                "FIGURE database killed: a request during the policy restart answered {} after {} ms; served again"
                        + " {} ms after the kill (database restarts {} -> {})",
                duringRestart.status(),
                duringRestart.ms(),
                servedAfterKill,
                databaseRestarts,
                database.restarts());
        LOG.info(
                "FIGURE database down: answers {}; served again {} ms after its start; {} of {} acknowledged writes"
                        + " found, missing {}; heroes-service restarts {}",
                down,
                recovered,
                acknowledged.size() - missing.size(),
                acknowledged.size(),
                missing,
                heroesInstance.restarts());
        assertThat(duringRestart.status()).isIn(200, 503);
        assertThat(duringRestart.ms()).isLessThan(8_000);
        assertThat(database.restarts()).isEqualTo(databaseRestarts + 1);
        assertThat(down).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(503);
            assertThat(t.ms()).isLessThan(4_000);
            assertThat(t.body()).contains("\"status\":503", "servedBy");
        });
        assertThat(database.state()).isEqualTo(InstanceState.UP);
        assertThat(missing).isEmpty();
        assertThat(heroesInstance.restarts()).isZero();
        assertThat(heroesInstance.state()).isEqualTo(InstanceState.UP);
    }

    private record Timed(int status, long ms, String body) {
        @Override
        public String toString() {
            return status + " in " + ms + " ms";
        }
    }

    private static Timed timedGet(String path) throws Exception {
        var started = System.nanoTime();
        var answer = send("GET", path, null);
        return new Timed(answer.statusCode(), (System.nanoTime() - started) / 1_000_000, answer.body());
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(heroes + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
