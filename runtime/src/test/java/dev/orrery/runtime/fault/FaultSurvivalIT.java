package dev.orrery.runtime.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.cluster.ClusterTeardown;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterEvent;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Faults injected into one real cluster (registry, gateway, two in-memory heroes-service instances and a command
/// that exits at once), and what the rest of the cluster does about them. Every test logs its measured figures.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSurvivalIT {

    private static final Logger LOG = LoggerFactory.getLogger(FaultSurvivalIT.class);
    private static final InstanceId FIRST = InstanceId.of("heroes-service", 1);
    private static final InstanceId SECOND = InstanceId.of("heroes-service", 2);
    private static final InstanceId GATEWAY = InstanceId.single("gateway");
    private static final InstanceId REGISTRY = InstanceId.single("registry");
    private static final InstanceId CRASHER = InstanceId.of("crasher", 1);
    /// The gateway's read timeout in this test: bounds a request held by a paused instance (the default is 30 s).
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<ClusterEvent> events = new CopyOnWriteArrayList<>();

    private static Path data;
    private static Cluster cluster;
    private static String gateway;

    @BeforeAll
    static void startCluster() throws Exception {
        var distribution = ServiceDistribution.locate();
        Assumptions.assumeTrue(
                distribution
                        .missing(List.of("registry", "gateway", "heroes-service"))
                        .isEmpty(),
                "the sample service jars are not built");
        data = Files.createTempDirectory("orrery-faults-it");
        var crasher = data.resolve("crasher.sh");
        Files.writeString(crasher, """
                echo "crasher: reading its settings"
                echo "crasher: fatal: no settings file" >&2
                exit 3
                """);
        cluster = Cluster.create(
                ClusterConfig.of(new DataFolder(data), distribution).withStopTimeout(Duration.ofSeconds(10)));
        cluster.subscribe(events::add);
        var registryPort = PortChecker.freePort(Set.of());
        var gatewayPort = PortChecker.freePort(Set.of(registryPort));
        var topology = new TopologyParser().parse("""
                name: faults
                registry: {}
                gateway: {retries: 3}
                services:
                  heroes-service:
                    instances: 2
                  crasher:
                    kind: command
                    command: sh %s {port}
                    instances: 0
                    readiness: {port: true}
                    restart: {mode: on-failure, max-restarts: 3, backoff: {initial: 300ms, max: 5s}}
                """.formatted(crasher), "faults.yaml");
        var began = Instant.now();
        cluster.start(
                        topology,
                        StartOptions.defaults()
                                .withRegistryPort(registryPort)
                                .withGatewayPort(gatewayPort)
                                .withServiceProperties(
                                        Map.of("spring.http.clients.read-timeout", READ_TIMEOUT.toMillis() + "ms")))
                .get(240, TimeUnit.SECONDS);
        gateway = "http://127.0.0.1:" + gatewayPort;
        await().atMost(Duration.ofSeconds(90))
                .until(() -> servedBy(gateway + "/heroes").size() == 2);
        LOG.info("FIGURE cluster up and both instances routed in {} ms", since(began));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster == null) {
            return;
        }
        ClusterTeardown.closeLeavingNothing(cluster);
    }

    @Test
    @Order(1)
    void slowAndFlakyShowInDirectRequestsUntilHealedAndNeedTheSecret() throws Exception {
        var direct = instance(FIRST).url() + "/heroes";
        var before = medianMs(direct, 10);

        cluster.inject(new Fault.Slow(FIRST, 400)).get(10, TimeUnit.SECONDS);
        var slow = medianMs(direct, 5);
        cluster.heal(FIRST).get(10, TimeUnit.SECONDS);
        cluster.inject(new Fault.Flaky(FIRST, 0.5)).get(10, TimeUnit.SECONDS);
        var failed = 0;
        for (var i = 0; i < 100; i++) {
            failed += get(direct).statusCode() == 500 ? 1 : 0;
        }
        var faultsWhileFlaky = cluster.activeFaults();
        cluster.heal(FIRST).get(10, TimeUnit.SECONDS);
        var after = medianMs(direct, 10);
        var healedFailures = 0;
        for (var i = 0; i < 50; i++) {
            healedFailures += get(direct).statusCode() == 200 ? 0 : 1;
        }

        LOG.info(
                "FIGURE slow/flaky: median {} ms before, {} ms slow 400 ms, {} ms healed; flaky 0.5: {} of 100 failed;"
                        + " healed: {} of 50 failed",
                before,
                slow,
                after,
                failed,
                healedFailures);
        assertThat(slow).isGreaterThanOrEqualTo(400);
        assertThat(failed).isBetween(30, 70);
        assertThat(faultsWhileFlaky).containsEntry(FIRST, new ActiveFaults(false, 0, 0.5));
        assertThat(after).isLessThan(400);
        assertThat(healedFailures).isZero();
        assertThat(cluster.activeFaults()).isEmpty();
        assertThat(cluster.recentLogs(FIRST)).anyMatch(l -> l.text().equals("[orrery] slow 400 ms by user"));
        assertThat(events)
                .anyMatch(e -> e instanceof ClusterEvent.FaultInjected f && f.fault() instanceof Fault.Flaky)
                .anyMatch(e ->
                        e instanceof ClusterEvent.FaultHealed h && h.healed().failureShare() == 0.5);
    }

    @Test
    @Order(2)
    void controlEndpointRefusesCallsWithoutTheSecretAndIsNotRoutable() throws Exception {
        var control = instance(FIRST).url() + ServiceFaultClient.PATH;
        var without = HTTP.send(
                HttpRequest.newBuilder(URI.create(control))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"failureShare\": 1}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var wrong = HTTP.send(
                HttpRequest.newBuilder(URI.create(control))
                        .header(ServiceFaultClient.SECRET_HEADER, "not-the-secret")
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var routed = get(gateway + "/heroes-service" + ServiceFaultClient.PATH);

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("urn:orrery:problem:control-refused");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(routed.statusCode()).isEqualTo(404);
        assertThat(get(instance(FIRST).url() + "/heroes").statusCode()).isEqualTo(200);
        assertThat(Files.getPosixFilePermissions(data.resolve("keys/control-secret")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    @Order(3)
    void pausedInstanceIsAvoidedWithinTheTimeoutsAndServesAgainWhenResumed() throws Exception {
        var pausedId = instance(FIRST).registryInstanceId();
        var began = Instant.now();
        cluster.inject(new Fault.Pause(FIRST)).get(10, TimeUnit.SECONDS);

        var requests = new ArrayList<CompletableFuture<Timed>>();
        for (var i = 0; i < 60; i++) {
            requests.add(timedAsync(gateway + "/heroes", since(began)));
            pauseFor(Duration.ofMillis(200));
        }
        var answers = requests.stream().map(CompletableFuture::join).toList();
        var slowest = answers.stream().mapToLong(Timed::ms).max().orElseThrow();
        var lastHeld = answers.stream()
                .filter(t -> t.ms() >= READ_TIMEOUT.toMillis() / 2)
                .mapToLong(Timed::startedMs)
                .max()
                .orElse(0);
        var failed = answers.stream().filter(t -> t.status() != 200).count();
        var state = instance(FIRST).state();
        var faults = cluster.activeFaults();

        cluster.inject(new Fault.Resume(FIRST)).get(10, TimeUnit.SECONDS);
        var resumed = Instant.now();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> servedBy(gateway + "/heroes").contains(pausedId));

        LOG.info(
                "FIGURE paused: {} requests over 12 s, {} failed, slowest {} ms (gateway read timeout {} ms); last"
                        + " request held by the paused instance started {} ms after the pause; instance {} while"
                        + " paused; routed again {} ms after resume",
                answers.size(),
                failed,
                slowest,
                READ_TIMEOUT.toMillis(),
                lastHeld,
                state,
                since(resumed));
        assertThat(slowest).isLessThan(READ_TIMEOUT.toMillis() * 4 + 2_000);
        assertThat(lastHeld).isLessThan(10_000);
        assertThat(failed).isZero();
        assertThat(state).isEqualTo(InstanceState.UNHEALTHY);
        assertThat(faults).containsEntry(FIRST, new ActiveFaults(true, 0, 0));
        assertThat(cluster.recentLogs(FIRST))
                .anyMatch(l -> l.text().equals("[orrery] paused (SIGSTOP) by user"))
                .anyMatch(l -> l.text().equals("[orrery] resumed (SIGCONT) by user"));
        assertThat(instance(FIRST).restarts()).isZero();
    }

    @Test
    @Order(4)
    void crashLoopBacksOffThenStaysCrashedWithItsLastLinesAndSparesTheRest() throws Exception {
        var restartsBefore = restarts();

        assertThatThrownBy(() -> cluster.scale("crasher", 1).get(90, TimeUnit.SECONDS))
                .hasMessageContaining("crasher-1");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> instance(CRASHER).state() == InstanceState.CRASHED
                        && lastChange(CRASHER).reason().contains("gave up"));
        var changes = changes(CRASHER);
        var gaps = new ArrayList<Long>();
        for (var i = 1; i < changes.size(); i++) {
            if (changes.get(i).current() == InstanceState.STARTING
                    && changes.get(i - 1).current() == InstanceState.CRASHED) {
                gaps.add(Duration.between(
                                changes.get(i - 1).time(), changes.get(i).time())
                        .toMillis());
            }
        }
        var last = lastChange(CRASHER);

        LOG.info(
                "FIGURE crash loop: restarted {} times after {} ms; then CRASHED: '{}'; last lines {}",
                gaps.size(),
                gaps,
                last.reason(),
                last.lastLines());
        assertThat(gaps).hasSize(3);
        assertThat(gaps.get(1)).isGreaterThan(gaps.get(0));
        assertThat(gaps.get(2)).isGreaterThan(gaps.get(1));
        assertThat(last.lastLines()).anyMatch(l -> l.contains("fatal: no settings file"));
        assertThat(restarts()).isEqualTo(restartsBefore);
        assertThat(get(gateway + "/heroes").statusCode()).isEqualTo(200);
        cluster.scale("crasher", 0).get(30, TimeUnit.SECONDS);
    }

    @Test
    @Order(5)
    void killedGatewayIsRestartedWithoutRestartingAnyService() throws Exception {
        var restartsBefore = restarts();
        var gatewayRestarts = instance(GATEWAY).restarts();
        var killed = Instant.now();

        cluster.inject(new Fault.Kill(GATEWAY)).get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> instance(GATEWAY).restarts() == gatewayRestarts + 1
                        && instance(GATEWAY).state() == InstanceState.UP);
        var up = since(killed);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> servedBy(gateway + "/heroes").size() == 2);

        LOG.info(
                "FIGURE gateway killed: UP again after {} ms, both instances routed after {} ms; service restarts"
                        + " {} -> {}",
                up,
                since(killed),
                restartsBefore,
                restarts());
        assertThat(restarts()).isEqualTo(restartsBefore);
        assertThat(cluster.recentLogs(GATEWAY)).anyMatch(l -> l.text().equals("[orrery] killed (SIGKILL) by user"));
    }

    @Test
    @Order(6)
    void killedRegistryLeavesRoutingOnCachedDataAndEveryoneRegistersAgain() throws Exception {
        var restartsBefore = restarts();
        var registryRestarts = instance(REGISTRY).restarts();
        var killed = Instant.now();

        cluster.inject(new Fault.Kill(REGISTRY)).get(10, TimeUnit.SECONDS);
        var served = 0;
        var tried = 0;
        while (instance(REGISTRY).state() != InstanceState.UP || tried < 20) {
            tried++;
            served += statusOf(gateway + "/heroes") == 200 ? 1 : 0;
            pauseFor(Duration.ofMillis(100));
            if (since(killed) > 120_000) {
                break;
            }
        }
        var registryUp = since(killed);
        var upAt = Instant.now();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> registered() >= 3);
        var reRegistered = since(upAt);

        LOG.info(
                "FIGURE registry killed: {} of {} requests served through the gateway while it was down or"
                        + " starting; restarted and UP after {} ms; {} instances registered again {} ms after that",
                served,
                tried,
                registryUp,
                registered(),
                reRegistered);
        assertThat(instance(REGISTRY).restarts()).isEqualTo(registryRestarts + 1);
        assertThat(served).isEqualTo(tried);
        assertThat(reRegistered).isLessThan(30_000);
        assertThat(restarts()).isEqualTo(restartsBefore);
    }

    @Test
    @Order(7)
    void pausedInstanceIsResumedSoThatItStopsGracefullyWithTheCluster() throws Exception {
        cluster.inject(new Fault.Pause(SECOND)).get(10, TimeUnit.SECONDS);
        var began = Instant.now();

        cluster.stop().get(120, TimeUnit.SECONDS);
        var stopped = changes(SECOND).getLast();

        LOG.info(
                "FIGURE paused instance stopped with the cluster in {} ms: {} ({})",
                since(began),
                stopped.current(),
                stopped.reason());
        assertThat(stopped.current()).isEqualTo(InstanceState.STOPPED);
        assertThat(stopped.exitCode().orElse(-1)).isNotEqualTo(137);
        assertThat(events)
                .anyMatch(e -> e instanceof ClusterEvent.InstanceLog log
                        && log.instance().equals(SECOND)
                        && log.line().text().equals("[orrery] resumed (SIGCONT) before stopping"));
    }

    private static int registered() {
        return cluster.snapshot().registry().applications().stream()
                .mapToInt(a -> a.instances().size())
                .sum();
    }

    private static Map<InstanceId, Integer> restarts() {
        return cluster.snapshot().instances().stream()
                .filter(i -> i.id().componentId().equals("heroes-service"))
                .collect(Collectors.toMap(InstanceSnapshot::id, InstanceSnapshot::restarts));
    }

    private static InstanceSnapshot instance(InstanceId id) {
        return cluster.snapshot().instance(id).orElseThrow();
    }

    private static List<ClusterEvent.InstanceStateChanged> changes(InstanceId id) {
        return events.stream()
                .filter(e -> e instanceof ClusterEvent.InstanceStateChanged c
                        && c.instance().equals(id))
                .map(ClusterEvent.InstanceStateChanged.class::cast)
                .toList();
    }

    private static ClusterEvent.InstanceStateChanged lastChange(InstanceId id) {
        return changes(id).getLast();
    }

    private static Set<String> servedBy(String url) {
        return java.util.stream.IntStream.range(0, 10)
                .mapToObj(_ -> get(url))
                .filter(r -> r.statusCode() == 200)
                .flatMap(r -> r.headers().firstValue("X-Served-By").stream())
                .collect(Collectors.toSet());
    }

    private static long medianMs(String url, int count) {
        var times = new long[count];
        for (var i = 0; i < count; i++) {
            var started = System.nanoTime();
            assertThat(get(url).statusCode()).isIn(200, 500);
            times[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(times);
        return times[count / 2];
    }

    private record Timed(long startedMs, long ms, int status) {}

    private static CompletableFuture<Timed> timedAsync(String url, long startedMs) {
        var started = System.nanoTime();
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((r, e) -> new Timed(
                        startedMs, (System.nanoTime() - started) / 1_000_000, r == null ? -1 : r.statusCode()));
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(url + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int statusOf(String url) {
        try {
            return get(url).statusCode();
        } catch (java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static long since(Instant start) {
        return Duration.between(start, Instant.now()).toMillis();
    }

    /// Paces requests; the waiting for outcomes is done with Awaitility.
    private static void pauseFor(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }
}
