package dev.orrery.runtime.bench;

import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/// `kill -9` of one heroes-service instance under a steady GET load through the gateway: requests that failed for
/// the client, and how long the dead instance stayed in the registry and among the gateway's choices.
///
/// The gateway's choices are read from its own log: with `InstanceForwarder` at DEBUG it writes one line per
/// attempt that failed on an instance, naming it; the last such line for the dead instance marks when the gateway
/// stopped choosing it.
final class KillUnderLoad {

    /// Makes the gateway log each failed attempt (the benchmark cluster is started with it).
    static final String GATEWAY_ATTEMPT_LOGGING = "logging.level.dev.orrery.gateway.routing.InstanceForwarder";

    static final InstanceId VICTIM = InstanceId.of(ScaleOut.SERVICE, 1);
    private static final Duration POLL = Duration.ofMillis(10);

    private final BenchCluster bench;
    private final int perSecond;
    private final Duration before;
    private final Duration after;

    KillUnderLoad(BenchCluster bench, int perSecond, Duration before, Duration after) {
        this.bench = bench;
        this.perSecond = perSecond;
        this.before = before;
        this.after = after;
    }

    /// @param goneFromGatewaySeconds from the kill to the last attempt the gateway made on the dead instance (0
    ///     when it made none)
    record Result(
            int requests,
            int failed,
            Optional<Double> goneFromRegistrySeconds,
            Optional<Double> goneFromGatewaySeconds) {}

    Result measure() throws Exception {
        var cluster = bench.cluster();
        var victimId = cluster.snapshot().instance(VICTIM).orElseThrow().registryInstanceId();
        var path = BenchCluster.PROBE_PATHS.get(ScaleOut.SERVICE);
        var load = new SteadyLoad(bench.http(), bench.gateway(path), perSecond, before.plus(after)).start();
        LockSupport.parkNanos(before.toNanos());

        var killedAt = Instant.now();
        var began = System.nanoTime();
        cluster.killInstance(VICTIM).get(10, TimeUnit.SECONDS);
        var goneFromRegistry = awaitGoneFromRegistry(victimId, began, after);

        var outcome = load.get(after.toSeconds() + 60, TimeUnit.SECONDS);
        return new Result(outcome.sent(), outcome.failed(), goneFromRegistry, goneFromGateway(victimId, killedAt));
    }

    private Optional<Double> awaitGoneFromRegistry(String instanceId, long began, Duration timeout) {
        var deadline = began + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var registry = bench.registry().applications();
            if (registry.reachable()
                    && registry.instances().stream()
                            .noneMatch(i -> i.instanceId().equals(instanceId))) {
                return Optional.of((System.nanoTime() - began) / 1e9);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return Optional.empty();
    }

    private Optional<Double> goneFromGateway(String instanceId, Instant killedAt) {
        var marker = " on " + instanceId + " failed";
        var last = bench.cluster().recentLogs(InstanceId.single("gateway")).stream()
                .filter(l -> l.text().contains(marker) && !l.time().isBefore(killedAt))
                .map(LogLine::time)
                .max(Instant::compareTo);
        return Optional.of(
                last.map(t -> Duration.between(killedAt, t).toNanos() / 1e9).orElse(0.0));
    }
}
