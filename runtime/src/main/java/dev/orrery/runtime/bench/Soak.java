package dev.orrery.runtime.bench;

import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/// Runs a soak test on a started cluster: steady traffic through the gateway for the whole time, one random fault
/// after every quiet gap, healed after a few seconds, then the check that no acknowledged write is missing.
final class Soak {

    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);

    private final BenchCluster bench;
    private final FaultPlan plan;
    private final Duration length;
    private final int perSecond;
    private final PrintWriter progress;
    private final List<String> faultLog = new ArrayList<>();
    private int faults;
    private int recoveries;

    Soak(BenchCluster bench, FaultPlan plan, Duration length, int perSecond, PrintWriter progress) {
        this.bench = bench;
        this.plan = plan;
        this.length = length;
        this.perSecond = perSecond;
        this.progress = progress;
    }

    /// The service instances faults may hit.
    static List<InstanceId> targets(List<InstanceSnapshot> instances) {
        return instances.stream()
                .filter(i -> i.kind() == ComponentKind.SERVICE)
                .map(InstanceSnapshot::id)
                .sorted()
                .toList();
    }

    SoakReport run() throws Exception {
        var memoryStart = memory();
        var began = System.nanoTime();
        var end = began + length.toNanos();
        var runId = Long.toString(System.currentTimeMillis(), 36);
        List<String> acknowledged;
        int sent;
        int failed;
        try (var load = new SoakLoad(bench.http(), bench::gateway, perSecond, runId).start()) {
            while (true) {
                var gapEnds = System.nanoTime() + plan.gap().toNanos();
                if (gapEnds >= end) {
                    break;
                }
                LockSupport.parkNanos(gapEnds - System.nanoTime());
                injectAndHeal(began);
            }
            LockSupport.parkNanos(end - System.nanoTime());
            load.close();
            acknowledged = load.acknowledged();
            sent = load.sent();
            failed = load.failed();
        }
        say("load stopped after " + seconds(began) + " s; waiting for every instance to be UP");
        awaitAllUp();
        var lost = LostWrites.of(acknowledged, storedNames());
        var minutes = (System.nanoTime() - began) / 60e9;
        return new SoakReport(
                minutes, sent, failed, acknowledged.size(), lost, faults, recoveries, faultLog, memoryStart, memory());
    }

    private void injectAndHeal(long began) throws Exception {
        injectAndHeal(began, plan.next(), plan.hold());
    }

    private void injectAndHeal(long began, Fault fault, Duration hold) throws Exception {
        var target = fault.target();
        say(seconds(began) + " s: " + target + " " + fault.describe() + " for " + hold.toSeconds() + " s");
        try {
            bench.cluster().inject(fault).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // One refused fault (the instance was restarting, say) should not end a run of many minutes.
            var line = seconds(began) + " s: " + target + " " + fault.describe() + " could not be injected: " + e;
            faultLog.add(line);
            say(line);
            return;
        }
        faults++;
        LockSupport.parkNanos(hold.toNanos());
        if (fault instanceof Fault.Kill) {
            restartIfDown(target);
        } else {
            bench.cluster().heal(target).get(15, TimeUnit.SECONDS);
        }
        var recovered = awaitAllUp();
        if (recovered.isPresent()) {
            recoveries++;
        }
        var line = String.format(
                Locale.ROOT,
                "%s s: %s %s for %d s, %s",
                seconds(began),
                target,
                fault.describe(),
                hold.toSeconds(),
                recovered.map(s -> "all UP again " + s + " s after the heal").orElse("NOT recovered"));
        faultLog.add(line);
        say(line);
    }

    /// A killed instance is restarted by its restart policy; if the policy gave up, the soak test starts it.
    private void restartIfDown(InstanceId target) throws Exception {
        var state = bench.cluster().snapshot().instance(target).map(InstanceSnapshot::state);
        if (state.isPresent()
                && EnumSet.of(InstanceState.CRASHED, InstanceState.STOPPED).contains(state.get())) {
            bench.cluster().startInstance(target).get(15, TimeUnit.SECONDS);
        }
    }

    /// Seconds until every instance is UP, empty when that did not happen within 90 s.
    private Optional<String> awaitAllUp() {
        var began = System.nanoTime();
        var deadline = began + RECOVERY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (bench.cluster().snapshot().instances().stream().allMatch(i -> i.state() == InstanceState.UP)) {
                return Optional.of(seconds(began));
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return Optional.empty();
    }

    /// The hero names in the database, read through the gateway (retried, since the cluster has just recovered).
    private List<String> storedNames() {
        for (var attempt = 0; attempt < 30; attempt++) {
            var names = bench.http().body(bench.gateway("/heroes")).flatMap(LostWrites::heroNames);
            if (names.isPresent()) {
                return names.get();
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        throw new IllegalStateException("GET /heroes through the gateway did not answer 200 in 30 attempts after the"
                + " soak; the lost writes could not be checked (see the instances' logs in the data folder)");
    }

    private List<InstanceMemory> memory() {
        return bench.cluster().snapshot().instances().stream()
                .flatMap(i -> i.pid().isPresent()
                        ? ProcessMemory.of(i.pid().getAsLong())
                                .map(m -> new InstanceMemory(i.id().toString(), i.kind(), m))
                                .stream()
                        : java.util.stream.Stream.empty())
                .toList();
    }

    private void say(String line) {
        progress.println(line);
        progress.flush();
    }

    private static String seconds(long began) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - began) / 1e9);
    }
}
