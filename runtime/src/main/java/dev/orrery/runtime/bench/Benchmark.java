package dev.orrery.runtime.bench;

import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.Topology;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/// Runs the benchmark: per run a fresh start of the preset, then gateway overhead, memory, scale-out and a kill
/// under load on that cluster, then (unless quick) a cold start of the same preset with production timings.
final class Benchmark {

    private final Topology preset;
    private final DataFolder data;
    private final BenchSettings settings;
    private final PrintWriter progress;

    Benchmark(Topology preset, DataFolder data, BenchSettings settings, PrintWriter progress) {
        this.preset = preset;
        this.data = data;
        this.settings = settings;
        this.progress = progress;
    }

    List<BenchRun> run() throws Exception {
        var runs = new ArrayList<BenchRun>();
        for (var n = 1; n <= settings.runs(); n++) {
            say("Run " + n + " of " + settings.runs() + ": cold start of '" + preset.name() + "'");
            runs.add(once());
        }
        return runs;
    }

    private BenchRun once() throws Exception {
        BenchRun.Builder figures;
        try (var measured = startMeasured(fastProperties(), settings.startTimeout())) {
            var bench = measured.bench();
            say("  cold start "
                    + measured.cold().seconds().map(s -> fmt(s) + " s").orElse("incomplete") + "; gateway overhead");
            var overhead = overhead(bench);
            var memory = memory(bench);
            say("  scale-out");
            var scaleOut = new ScaleOut(bench).measure(settings.startTimeout());
            say("  kill -9 of " + KillUnderLoad.VICTIM + " under " + BenchSettings.LOAD_PER_SECOND
                    + " req/s (the benchmark's own kill; its restart policy brings it back)");
            var kill = new KillUnderLoad(
                            bench, BenchSettings.LOAD_PER_SECOND, settings.loadBeforeKill(), settings.loadAfterKill())
                    .measure();
            figures = new BenchRun.Builder(measured.cold(), overhead, memory, scaleOut, kill);
        }
        return figures.build(productionColdStart());
    }

    private Optional<Double> productionColdStart() throws Exception {
        if (!settings.withProductionTimings()) {
            return Optional.empty();
        }
        say("  cold start with production timings (up to "
                + settings.productionStartTimeout().toSeconds() + " s)");
        var properties = new HashMap<>(fastProperties());
        properties.putAll(ProductionTimings.PROPERTIES);
        try (var measured = startMeasured(properties, settings.productionStartTimeout())) {
            return measured.cold().seconds();
        }
    }

    private Measured startMeasured(Map<String, String> properties, java.time.Duration timeout) throws Exception {
        var began = System.nanoTime();
        var beganAt = Instant.now();
        var started = BenchCluster.begin(preset, data, properties);
        var bench = started.cluster();
        try {
            var cold = new ColdStart(bench, started.up(), began, beganAt).await(timeout);
            started.up().get(timeout.toSeconds(), TimeUnit.SECONDS);
            return new Measured(bench, cold);
        } catch (ExecutionException e) {
            bench.close();
            throw new IllegalStateException(
                    "The benchmark cluster did not start: " + e.getCause().getMessage(), e);
        } catch (Exception e) {
            bench.close();
            throw e;
        }
    }

    private record Measured(BenchCluster bench, ColdStart.Result cold) implements AutoCloseable {
        @Override
        public void close() {
            bench.close();
        }
    }

    private GatewayOverhead.Result overhead(BenchCluster bench) throws InterruptedException {
        var path = BenchCluster.PROBE_PATHS.get(ScaleOut.SERVICE);
        var instance = bench.cluster()
                .snapshot()
                .component(ScaleOut.SERVICE)
                .orElseThrow()
                .instances()
                .getLast();
        var overhead = new GatewayOverhead(bench.http(), bench.gateway(path), URI.create(instance.url() + path));
        return overhead.measure(settings.warmup(), settings.latencyPairs(), settings.throughputTime());
    }

    private static List<InstanceMemory> memory(BenchCluster bench) {
        return bench.cluster().snapshot().instances().stream()
                .flatMap(i -> memory(i).stream())
                .toList();
    }

    private static Optional<InstanceMemory> memory(InstanceSnapshot instance) {
        if (instance.pid().isEmpty()) {
            return Optional.empty();
        }
        return ProcessMemory.of(instance.pid().getAsLong())
                .map(m -> new InstanceMemory(instance.id().toString(), instance.kind(), m));
    }

    private static Map<String, String> fastProperties() {
        return Map.of(KillUnderLoad.GATEWAY_ATTEMPT_LOGGING, "debug");
    }

    private void say(String line) {
        progress.println(line);
        progress.flush();
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    static boolean isService(InstanceMemory memory) {
        return memory.kind() == ComponentKind.SERVICE;
    }
}
