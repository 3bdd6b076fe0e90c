package dev.orrery.runtime.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/// The per-instance tables of a report: start steps and memory, each the median over the runs.
final class BenchTables {

    private BenchTables() {}

    static String components(List<BenchRun> runs) {
        var out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nStart per instance (s after the start began, median)%n%-22s %9s %9s %9s %9s%n",
                "instance",
                "launched",
                "UP",
                "registry",
                "routable"));
        instances(
                        runs,
                        r -> r.coldStart().components().stream()
                                .map(ComponentTiming::instance)
                                .toList())
                .forEach(id -> out.append(String.format(
                        Locale.ROOT,
                        "%-22s %9s %9s %9s %9s%n",
                        id,
                        step(runs, id, ComponentTiming::launched),
                        step(runs, id, ComponentTiming::up),
                        step(runs, id, ComponentTiming::inRegistry),
                        step(runs, id, ComponentTiming::routable))));
        return out.toString();
    }

    static String memory(List<BenchRun> runs) {
        var out = new StringBuilder(String.format(
                Locale.ROOT, "%nMemory per instance (MiB, median)%n%-22s %9s %9s%n", "instance", "PSS", "RSS"));
        instances(runs, r -> r.memory().stream().map(InstanceMemory::instance).toList())
                .forEach(id -> out.append(String.format(
                        Locale.ROOT,
                        "%-22s %9s %9s%n",
                        id,
                        memory(runs, id, ProcessMemory::pssMb),
                        memory(runs, id, ProcessMemory::rssMb))));
        return out.toString();
    }

    private static List<String> instances(List<BenchRun> runs, Function<BenchRun, List<String>> ids) {
        var all = new LinkedHashMap<String, Boolean>();
        runs.forEach(r -> ids.apply(r).forEach(id -> all.put(id, true)));
        return List.copyOf(all.keySet());
    }

    private static String step(List<BenchRun> runs, String id, Function<ComponentTiming, Optional<Double>> step) {
        return median(runs.stream()
                .map(r -> r.coldStart().components().stream()
                        .filter(c -> c.instance().equals(id))
                        .findFirst()
                        .flatMap(step))
                .toList());
    }

    private static String memory(List<BenchRun> runs, String id, Function<ProcessMemory, Double> measure) {
        return median(runs.stream()
                .map(r -> r.memory().stream()
                        .filter(m -> m.instance().equals(id))
                        .findFirst()
                        .map(m -> measure.apply(m.memory())))
                .toList());
    }

    private static String median(List<Optional<Double>> values) {
        return Spread.of(values)
                .map(s -> String.format(Locale.ROOT, "%.2f", s.median()))
                .orElse("-");
    }
}
