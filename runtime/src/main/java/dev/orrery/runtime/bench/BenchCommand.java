package dev.orrery.runtime.bench;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.TopologyPresets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery bench`: starts the default preset several times on free ports and prints how fast it comes alive,
/// heals and routes (docs/benchmarks.md explains each figure).
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures the default cluster on this machine: cold start, scale-out, kill -9 under load, gateway"
                    + " overhead, memory, and the cold start with Eureka's production timings. Each figure is the"
                    + " median of --runs runs. Load goes to 127.0.0.1 only. Takes several minutes (--quick: one"
                    + " short run, about a minute).",
            "",
            "  orrery bench --json     the figures as one JSON object on the last line"
        })
public final class BenchCommand implements Callable<Integer> {

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--json", description = "End with the figures as one JSON object on one line.")
    boolean json;

    @Option(names = "--quick", description = "One short run without production timings, for CI.")
    boolean quick;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per figure (default 5; 1 with --quick).")
    @Nullable
    Integer runs;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description =
                    "Data folder of the benchmark clusters (default: a" + " new temporary folder, deleted afterwards).")
    @Nullable
    Path data;

    @Override
    public Integer call() throws Exception {
        var out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
        var settings = new BenchSettings(runs != null ? runs : (quick ? 1 : 5), quick);
        var machine = Machine.current();
        var folder = data != null ? data : Files.createTempDirectory("orrery-bench");
        out.println(opening(settings));
        out.flush();
        var preset = TopologyPresets.load(TopologyPresets.DEFAULT);
        var results = new Benchmark(preset, new DataFolder(folder), settings, out).run();
        var report = new BenchReport(results, machine);
        out.print(report.text());
        if (json) {
            out.println(report.json());
        }
        out.flush();
        if (data == null) {
            deleteTree(folder);
        }
        return 0;
    }

    /// The first line, printed before the first figure; the machine is described once, with the figures.
    static String opening(BenchSettings settings) {
        return "Benchmarking " + TopologyPresets.DEFAULT + ": " + settings.runs() + " run(s) per figure"
                + (settings.quick() ? ", quick" : "") + ".";
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
