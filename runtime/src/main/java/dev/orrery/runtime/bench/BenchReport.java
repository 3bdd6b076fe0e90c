package dev.orrery.runtime.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The figures of all runs: each the median over the runs, with minimum and maximum in the text form.
final class BenchReport {

    private final List<BenchRun> runs;
    private final Machine machine;

    BenchReport(List<BenchRun> runs, Machine machine) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        this.runs = List.copyOf(runs);
        this.machine = machine;
    }

    /// The figures by JSON key, in the order they are printed; empty where no run measured one.
    Map<String, Optional<Spread>> figures() {
        var figures = new LinkedHashMap<String, Optional<Spread>>();
        figures.put("coldStartSeconds", spread(r -> r.coldStart().seconds()));
        figures.put("coldStartCpuSeconds", spread(r -> r.coldStart().cpuSeconds()));
        figures.put("defaultTimingsColdStartSeconds", spread(BenchRun::productionColdStart));
        figures.put("scaleOutUpSeconds", spread(r -> r.scaleOut().upSeconds()));
        figures.put("scaleOutServedSeconds", spread(r -> r.scaleOut().servedSeconds()));
        figures.put(
                "killFailedRequests", spread(r -> Optional.of((double) r.kill().failed())));
        figures.put("killGoneFromRegistrySeconds", spread(r -> r.kill().goneFromRegistrySeconds()));
        figures.put("killGoneFromGatewaySeconds", spread(r -> r.kill().goneFromGatewaySeconds()));
        figures.put("gatewayP50Ms", spread(r -> Optional.of(r.overhead().gatewayP50Ms())));
        figures.put("directP50Ms", spread(r -> Optional.of(r.overhead().directP50Ms())));
        figures.put("gatewayP99Ms", spread(r -> Optional.of(r.overhead().gatewayP99Ms())));
        figures.put("directP99Ms", spread(r -> Optional.of(r.overhead().directP99Ms())));
        figures.put(
                "gatewayThroughputRatio", spread(r -> Optional.of(r.overhead().throughputRatio())));
        figures.put("maxServicePssMb", spread(r -> maxService(r, ProcessMemory::pssMb)));
        figures.put("maxServiceRssMb", spread(r -> maxService(r, ProcessMemory::rssMb)));
        return figures;
    }

    /// One JSON object on one line: the median of each figure (`null` when not measured) and the number of runs.
    String json() {
        var fields = figures().entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":"
                        + e.getValue().map(s -> number(s.median())).orElse("null"))
                .collect(Collectors.joining(","));
        return "{" + fields + ",\"runs\":" + runs.size() + "}";
    }

    /// A readable table of the figures, the per-instance start and memory, and the machine.
    String text() {
        var out = new StringBuilder();
        out.append("Machine: ").append(machine.describe()).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "%-32s %10s %10s %10s%n",
                "figure (median of " + runs.size() + ")",
                "median",
                "min",
                "max"));
        figures()
                .forEach((key, spread) -> out.append(spread.map(s -> String.format(
                                Locale.ROOT,
                                "%-32s %10s %10s %10s%n",
                                key,
                                number(s.median()),
                                number(s.min()),
                                number(s.max())))
                        .orElse(String.format(Locale.ROOT, "%-32s %10s%n", key, "-"))));
        out.append(BenchTables.components(runs));
        out.append(BenchTables.memory(runs));
        return out.toString();
    }

    private Optional<Spread> spread(Function<BenchRun, Optional<Double>> figure) {
        return Spread.of(runs.stream().map(figure).toList());
    }

    private static Optional<Double> maxService(BenchRun run, Function<ProcessMemory, Double> measure) {
        return run.memory().stream()
                .filter(Benchmark::isService)
                .map(m -> measure.apply(m.memory()))
                .max(Double::compare);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
