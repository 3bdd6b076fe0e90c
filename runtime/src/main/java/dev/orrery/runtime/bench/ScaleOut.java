package dev.orrery.runtime.bench;

import dev.orrery.runtime.supervisor.InstanceId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/// Scale-out: from asking for one more heroes-service instance to the registry listing it UP, and to the gateway
/// serving a request from it. The instance is stopped again afterwards.
final class ScaleOut {

    static final String SERVICE = "heroes-service";
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(10);

    private final BenchCluster bench;

    ScaleOut(BenchCluster bench) {
        this.bench = bench;
    }

    /// @param upSeconds until the registry lists it UP
    /// @param servedSeconds until the gateway first answered from it
    record Result(Optional<Double> upSeconds, Optional<Double> servedSeconds) {}

    Result measure(Duration timeout) throws Exception {
        var cluster = bench.cluster();
        var count =
                cluster.snapshot().component(SERVICE).orElseThrow().instances().size();
        var added = InstanceId.of(SERVICE, count + 1);
        var began = System.nanoTime();
        var scaled = cluster.scale(SERVICE, count + 1);
        var deadline = began + timeout.toNanos();
        Optional<Double> up = Optional.empty();
        Optional<Double> served = Optional.empty();
        while (System.nanoTime() < deadline && served.isEmpty()) {
            var id = cluster.snapshot().instance(added).map(i -> i.registryInstanceId());
            if (id.isPresent() && up.isEmpty() && listedUp(id.get())) {
                up = Optional.of((System.nanoTime() - began) / 1e9);
            }
            if (id.isPresent() && servedBy(id.get())) {
                served = Optional.of((System.nanoTime() - began) / 1e9);
            }
            LockSupport.parkNanos(PROBE_INTERVAL.toNanos());
        }
        scaled.get(timeout.toSeconds(), TimeUnit.SECONDS);
        cluster.scale(SERVICE, count).get(timeout.toSeconds(), TimeUnit.SECONDS);
        return new Result(up, served);
    }

    private boolean listedUp(String instanceId) {
        return bench.registry().applications().instances().stream()
                .anyMatch(i -> i.instanceId().equals(instanceId) && "UP".equals(i.status()));
    }

    private boolean servedBy(String instanceId) {
        var reply = bench.http().get(bench.gateway(BenchCluster.PROBE_PATHS.get(SERVICE)));
        return reply.ok() && reply.servedBy().filter(instanceId::equals).isPresent();
    }
}
