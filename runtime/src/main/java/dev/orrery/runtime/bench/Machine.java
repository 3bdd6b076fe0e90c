package dev.orrery.runtime.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/// The machine a benchmark ran on, written beside its figures: they mean little without it.
///
/// @param loadAverage the one-minute load average when the benchmark began (negative when unknown)
record Machine(int cores, long memoryMb, String java, double loadAverage, LocalDate date) {

    static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                totalMemoryMb(),
                System.getProperty("java.vm.name", "Java") + " " + System.getProperty("java.vm.version", "?") + " ("
                        + System.getProperty("java.vendor", "?") + ")",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                LocalDate.now());
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "%d cores, %d MB memory, %s, load average %.2f at the start, %s",
                cores,
                memoryMb,
                java,
                loadAverage,
                date);
    }

    private static long totalMemoryMb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst()
                    .orElse(-1L);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
