package dev.orrery.runtime.bench;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyParser;
import dev.orrery.runtime.topology.TopologyPresets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery soak`: runs a cluster for minutes under steady traffic and random faults, then checks that every
/// acknowledged write survived (docs/reliability.md explains the figures).
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a cluster on free ports of 127.0.0.1 in a temporary data folder, sends reads and writes through"
                    + " the gateway for --minutes at --rate requests per second, and every 20-40 s injects one"
                    + " random fault (kill, pause, slow, flaky) into one service instance, healed a few seconds later."
                    + " At the end it checks that every acknowledged write (201) is stored, and prints requests,"
                    + " failures, lost writes, faults, recoveries and memory. The cluster is stopped at the end.",
            "",
            "  orrery soak --minutes 10 --json     the figures as one JSON object on the last line"
        })
public final class SoakCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "N", description = "How long the load runs (default 10; 0.5 = 30 s).")
    double minutes = 10;

    @Option(names = "--rate", paramLabel = "N", description = "Requests per second, 1 to 200 (default 20).")
    int rate = 20;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random faults, to repeat a run.")
    @Nullable
    Long seed;

    @Option(names = "--json", description = "End with the figures as one JSON object on one line.")
    boolean json;

    @Option(
            names = "--topology",
            paramLabel = "FILE|PRESET",
            description = "The topology to soak (default: the default preset, " + TopologyPresets.DEFAULT + ").")
    String topology = TopologyPresets.DEFAULT;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder of the soaked cluster (default: a new temporary folder, deleted afterwards).")
    @Nullable
    Path data;

    @Override
    public Integer call() throws Exception {
        if (!(minutes > 0 && minutes <= 24 * 60)) {
            throw new IllegalArgumentException("--minutes must be above 0 and at most 1440, not " + minutes);
        }
        var out = Objects.requireNonNull(spec).commandLine().getOut();
        var preset = loadTopology(topology);
        var folder = data != null ? data : Files.createTempDirectory("orrery-soak");
        var faultSeed = seed != null ? seed : new Random().nextLong();
        out.println("Soak on " + Machine.current().describe() + "; fault seed " + faultSeed);
        out.flush();
        var started = BenchCluster.begin(preset, new DataFolder(folder), Map.of());
        try (var bench = started.cluster()) {
            awaitUp(started);
            var targets = Soak.targets(bench.cluster().snapshot().instances());
            var plan = new FaultPlan(new Random(faultSeed), targets);
            var length = Duration.ofMillis(Math.round(minutes * 60_000));
            var report = new Soak(bench, plan, length, rate, out).run();
            out.print(report.text());
            if (json) {
                out.println(report.json());
            }
            out.flush();
            return 0;
        } finally {
            if (data == null) {
                deleteTree(folder);
            }
        }
    }

    private static void awaitUp(BenchCluster.Started started) throws Exception {
        try {
            started.up().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The soak cluster did not start: " + e.getCause().getMessage(), e);
        }
    }

    private static Topology loadTopology(String fileOrPreset) throws dev.orrery.runtime.topology.TopologyException {
        var file = Path.of(fileOrPreset);
        return Files.isRegularFile(file) ? new TopologyParser().read(file) : TopologyPresets.load(fileOrPreset);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
