package dev.orrery.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// A process's memory from `/proc/<pid>/smaps_rollup` (Linux): RSS counts every page it maps, PSS divides each
/// shared page by the number of processes sharing it, which is fair to files all instances of a service map, such
/// as its AOT cache and jars.
///
/// @param rssMb resident set size in MiB
/// @param pssMb proportional set size in MiB
public record ProcessMemory(double rssMb, double pssMb) {

    /// The memory of `pid`, empty when the process is gone or the system has no `smaps_rollup`.
    public static Optional<ProcessMemory> of(long pid) {
        try {
            return parse(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup")));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /// Reads the `Rss:` and `Pss:` lines (kB) of an `smaps_rollup`.
    static Optional<ProcessMemory> parse(List<String> lines) {
        var rss = kilobytes(lines, "Rss:");
        var pss = kilobytes(lines, "Pss:");
        if (rss.isEmpty() || pss.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProcessMemory(rss.get() / 1024.0, pss.get() / 1024.0));
    }

    private static Optional<Long> kilobytes(List<String> lines, String field) {
        return lines.stream()
                .map(String::strip)
                .filter(l -> l.startsWith(field))
                .map(l -> l.substring(field.length()).strip().split("\\s+")[0])
                .findFirst()
                .flatMap(ProcessMemory::number);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
