package dev.orrery.runtime.bench;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/// Cold start: from the call that starts the cluster (what `orrery up` does) to every service answering 200
/// through the gateway, and the same per instance: process started → UP → in the registry → served a request.
final class ColdStart {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(25);

    private final BenchCluster bench;
    private final CompletableFuture<?> up;
    private final long began;
    private final Instant beganAt;
    private final Map<String, Long> inRegistry = new HashMap<>();
    private final Map<String, Long> served = new HashMap<>();
    private final Map<String, Long> routeOk = new HashMap<>();

    ColdStart(BenchCluster bench, CompletableFuture<?> up, long began, Instant beganAt) {
        this.bench = bench;
        this.up = up;
        this.began = began;
        this.beganAt = beganAt;
    }

    /// The measured start: total seconds (empty when not every route answered in time), the processor time all the
    /// cluster's processes had used by then (on `n` cores the start cannot take less than `cpuSeconds / n`), and
    /// per instance timings.
    record Result(Optional<Double> seconds, Optional<Double> cpuSeconds, List<ComponentTiming> components) {}

    Result await(Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !complete() && !up.isCompletedExceptionally()) {
            probeRegistry();
            probeRoutes();
            LockSupport.parkNanos(PROBE_INTERVAL.toNanos());
        }
        var total = routeOk.size() == BenchCluster.PROBE_PATHS.size()
                ? Optional.of(seconds(
                        routeOk.values().stream().mapToLong(l -> l).max().orElseThrow()))
                : Optional.<Double>empty();
        var snapshot = bench.cluster().snapshot();
        var cpu = total.map(_ -> cpuSeconds(snapshot));
        return new Result(total, cpu, timings(snapshot, total));
    }

    private static double cpuSeconds(ClusterSnapshot snapshot) {
        return snapshot.instances().stream()
                .flatMapToLong(i -> i.pid().stream())
                .mapToObj(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()))
                .flatMap(Optional::stream)
                .mapToDouble(cpu -> cpu.toNanos() / 1e9)
                .sum();
    }

    private boolean complete() {
        return routeOk.size() == BenchCluster.PROBE_PATHS.size()
                && serviceInstances().stream().allMatch(i -> served.containsKey(i.registryInstanceId()));
    }

    private List<InstanceSnapshot> serviceInstances() {
        return bench.cluster().snapshot().instances().stream()
                .filter(i -> i.kind() == ComponentKind.SERVICE)
                .toList();
    }

    private void probeRegistry() {
        bench.registry().applications().instances().stream()
                .filter(i -> "UP".equals(i.status()))
                .forEach(i -> inRegistry.putIfAbsent(i.instanceId(), System.nanoTime()));
    }

    private void probeRoutes() {
        var instances = Math.max(1, serviceInstances().size());
        BenchCluster.PROBE_PATHS.forEach((service, path) -> {
            for (var i = 0; i < Math.min(instances, 3); i++) {
                var reply = bench.http().get(bench.gateway(path));
                if (reply.ok()) {
                    routeOk.putIfAbsent(service, System.nanoTime());
                    reply.servedBy().ifPresent(id -> served.putIfAbsent(id, System.nanoTime()));
                }
            }
        });
    }

    private List<ComponentTiming> timings(ClusterSnapshot snapshot, Optional<Double> total) {
        return snapshot.instances().stream()
                .map(i -> new ComponentTiming(
                        i.id().toString(),
                        i.startedAt().map(this::seconds),
                        i.uptime().map(u -> seconds(snapshot.time().minus(u))),
                        Optional.ofNullable(inRegistry.get(i.registryInstanceId()))
                                .map(this::seconds),
                        i.kind() == ComponentKind.GATEWAY
                                ? total
                                : Optional.ofNullable(served.get(i.registryInstanceId()))
                                        .map(this::seconds)))
                .toList();
    }

    private double seconds(long nanos) {
        return (nanos - began) / 1e9;
    }

    private double seconds(Instant time) {
        return Duration.between(beganAt, time).toNanos() / 1e9;
    }
}
