package dev.orrery.runtime.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Resident memory (RSS, MiB) of one instance of each component, which sizes the exported requests and limits.
///
/// The figures come from the project's benchmarks (`docs/benchmarks.md`, bundled into the runtime at build time)
/// when they hold a memory column, else from [#DEFAULTS]: the RSS measured for each service on JDK 25 with the
/// light JVM flags of a local cluster. A component missing from the benchmarks falls back to its default.
///
/// @param mebibytes RSS per component name (`registry`, `gateway`, `heroes-service`, …, `database`)
/// @param source where the figures come from, shown to the user
public record MemoryFigures(Map<String, Integer> mebibytes, String source) {

    /// Documented defaults: measured RSS of one instance; `database` is sized for the official `mongod` image.
    public static final Map<String, Integer> DEFAULTS = Map.of(
            "registry", 212,
            "gateway", 191,
            "heroes-service", 197,
            "threats-service", 197,
            "auth-service", 200,
            "database", 384);

    /// Any other program of a topology (a `command` service): a guess, since Orrery never measured it.
    public static final int UNKNOWN_PROGRAM = 256;

    static final String BUNDLED_BENCHMARKS = "/dev/orrery/runtime/export/benchmarks.md";

    public MemoryFigures {
        mebibytes = Map.copyOf(mebibytes);
    }

    public static MemoryFigures defaults() {
        return new MemoryFigures(DEFAULTS, "documented defaults");
    }

    /// The benchmarks bundled with this runtime, else the defaults.
    public static MemoryFigures bundled() {
        try (InputStream in = MemoryFigures.class.getResourceAsStream(BUNDLED_BENCHMARKS)) {
            if (in == null) {
                return defaults();
            }
            return fromBenchmarks(new String(in.readAllBytes(), StandardCharsets.UTF_8), "docs/benchmarks.md");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled benchmarks " + BUNDLED_BENCHMARKS, e);
        }
    }

    /// Figures read from benchmark notes in Markdown, completed by the defaults; the defaults alone when the notes
    /// hold no memory figure.
    public static MemoryFigures fromBenchmarks(String markdown, String source) {
        var measured = BenchmarkTables.memoryFigures(markdown);
        if (measured.isEmpty()) {
            return defaults();
        }
        var merged = new HashMap<>(DEFAULTS);
        merged.putAll(measured);
        return new MemoryFigures(
                merged,
                source + " ("
                        + String.join(", ", measured.keySet().stream().sorted().toList())
                        + "; others from the documented defaults)");
    }

    /// The RSS of one instance of `component`, or [#UNKNOWN_PROGRAM].
    public int of(String component) {
        return Optional.ofNullable(mebibytes.get(component.toLowerCase(Locale.ROOT)))
                .orElse(UNKNOWN_PROGRAM);
    }

    /// Request and limit for one instance of `component`.
    public MemoryBudget budget(String component) {
        return MemoryBudget.forResident(of(component));
    }
}
