package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.registry.RegistryChange;
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
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A real registry, gateway and two heroes-service instances (lesson 2's shape), shared by all tests here.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClusterIT.class);
    private static final InstanceId FIRST = InstanceId.of("heroes-service", 1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<ClusterEvent> events = new CopyOnWriteArrayList<>();

    private static Cluster cluster;
    private static String gateway;
    private static Duration startTime;

    @BeforeAll
    static void startCluster() throws Exception {
        var distribution = ServiceDistribution.locate();
        Assumptions.assumeTrue(
                distribution
                        .missing(List.of("registry", "gateway", "heroes-service"))
                        .isEmpty(),
                "the sample service jars are not built");
        var data = Files.createTempDirectory("orrery-services-it");
        cluster = Cluster.create(ClusterConfig.of(new DataFolder(data), distribution));
        cluster.subscribe(events::add);
        var registryPort = PortChecker.freePort(Set.of());
        var gatewayPort = PortChecker.freePort(Set.of(registryPort));
        var topology = new TopologyParser().parse("""
                name: registry-gateway
                registry: {}
                gateway: {retries: 3}
                services:
                  heroes-service:
                    instances: 2
                    restart: {mode: on-failure, backoff: {initial: 200ms, max: 1s}}
                """, "it.yaml");
        var began = Instant.now();
        cluster.start(
                        topology,
                        StartOptions.defaults().withRegistryPort(registryPort).withGatewayPort(gatewayPort))
                .get(180, TimeUnit.SECONDS);
        startTime = Duration.between(began, Instant.now());
        gateway = "http://127.0.0.1:" + gatewayPort;
        LOG.info("Cluster UP in {} ms", startTime.toMillis());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void routesAnswerThroughTheGateway() {
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/heroes") == 200);
        var served = awaitBothInstancesServing();
        LOG.info("Served by {} after a start of {} ms", served, startTime.toMillis());
    }

    @Test
    @Order(2)
    void killedInstanceIsDeregisteredAtOnceRestartedAndRequestsKeepSucceeding() throws Exception {
        // Both instances must be among the gateway's own choices, not only in the registry: the gateway's copy of
        // the registry follows it within its fetch interval.
        awaitBothInstancesServing();
        var killedAt = Instant.now();

        cluster.killInstance(FIRST).get(10, TimeUnit.SECONDS);
        var failures = new ArrayList<String>();
        for (var i = 0; i < 30; i++) {
            var sent = Instant.now();
            var response = send("/heroes");
            if (response.statusCode() != 200) {
                failures.add("request %d after %d ms: %d %s"
                        .formatted(
                                i,
                                Duration.between(killedAt, sent).toMillis(),
                                response.statusCode(),
                                response.body()));
            }
        }

        assertThat(failures).as("requests that failed after the kill").isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> events.stream()
                        .anyMatch(e -> e instanceof ClusterEvent.InstanceStateChanged change
                                && change.instance().equals(FIRST)
                                && change.current() == InstanceState.CRASHED
                                && change.exitCode().orElse(0) == 137));
        await().atMost(Duration.ofSeconds(3))
                .until(() -> events.stream()
                        .anyMatch(e -> e instanceof ClusterEvent.RegistryChanged changed
                                && changed.changes().stream()
                                        .anyMatch(c -> c instanceof RegistryChange.Removed removed
                                                && removed.instance().port() == port(FIRST))));
        LOG.info(
                "Deregistered {} ms after the kill",
                Duration.between(killedAt, Instant.now()).toMillis());
        await().atMost(Duration.ofSeconds(90))
                .until(() -> cluster.snapshot()
                        .instance(FIRST)
                        .map(i -> i.state() == InstanceState.UP)
                        .orElse(false));
        assertThat(get("/heroes")).isEqualTo(200);
    }

    @Test
    @Order(3)
    void stoppingLeavesNoProcessBehind() throws Exception {
        var pids = cluster.snapshot().instances().stream()
                .map(i -> i.pid().orElse(-1))
                .toList();
        assertThat(pids).hasSize(4).doesNotContain(-1L);

        cluster.stop().get(60, TimeUnit.SECONDS);

        assertThat(pids)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                        .isEmpty());
    }

    /// Sends requests through the gateway until two different instances have answered; returns who answered.
    private static Set<String> awaitBothInstancesServing() {
        var served = new ConcurrentSkipListSet<String>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            served.add(servedBy("/heroes-service/heroes"));
            served.remove("");
            return served.size() == 2;
        });
        return Set.copyOf(served);
    }

    private static int port(InstanceId id) {
        return cluster.snapshot().instance(id).orElseThrow().port();
    }

    private static int get(String path) {
        return send(path).statusCode();
    }

    private static String servedBy(String path) {
        return send(path).headers().firstValue("X-Served-By").orElse("");
    }

    private static HttpResponse<String> send(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
