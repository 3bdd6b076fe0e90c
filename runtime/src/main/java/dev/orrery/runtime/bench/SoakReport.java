package dev.orrery.runtime.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/// What a soak test measured: traffic, writes acknowledged and lost, faults and recoveries, and each instance's
/// memory at the start and at the end.
///
/// @param lostNames the names of the lost writes (at most the first 20 are printed)
/// @param faultLog one line per fault: when, what, where, and whether the cluster recovered
record SoakReport(
        double minutes,
        int requests,
        int failed,
        int acknowledgedWrites,
        List<String> lostNames,
        int faults,
        int recoveries,
        List<String> faultLog,
        List<InstanceMemory> memoryStart,
        List<InstanceMemory> memoryEnd) {

    SoakReport {
        lostNames = List.copyOf(lostNames);
        faultLog = List.copyOf(faultLog);
        memoryStart = List.copyOf(memoryStart);
        memoryEnd = List.copyOf(memoryEnd);
    }

    int lostWrites() {
        return lostNames.size();
    }

    /// The figures as one JSON object on one line.
    String json() {
        return "{\"minutes\":" + BenchReport.number(minutes)
                + ",\"requests\":" + requests
                + ",\"failed\":" + failed
                + ",\"acknowledgedWrites\":" + acknowledgedWrites
                + ",\"lostWrites\":" + lostWrites()
                + ",\"faults\":" + faults
                + ",\"recoveries\":" + recoveries
                + ",\"memoryStart\":" + memoryJson(memoryStart)
                + ",\"memoryEnd\":" + memoryJson(memoryEnd) + "}";
    }

    /// The figures, the fault log, lost names and a memory table, for people.
    String text() {
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Soak of %s min: %d requests, %d failed (%s %%); %d writes acknowledged, %d lost; "
                        + "%d faults, %d recovered%n",
                BenchReport.number(minutes),
                requests,
                failed,
                BenchReport.number(requests == 0 ? 0 : 100.0 * failed / requests),
                acknowledgedWrites,
                lostWrites(),
                faults,
                recoveries));
        faultLog.forEach(line -> out.append("  ").append(line).append('\n'));
        lostNames.stream()
                .limit(20)
                .forEach(name -> out.append("  lost: ").append(name).append('\n'));
        out.append(String.format(
                Locale.ROOT,
                "%-24s %12s %12s %12s %12s%n",
                "memory (MiB)",
                "PSS start",
                "PSS end",
                "RSS start",
                "RSS end"));
        memoryStart.forEach(start -> out.append(memoryRow(start)));
        return out.toString();
    }

    private String memoryRow(InstanceMemory start) {
        var end = memoryEnd.stream()
                .filter(m -> m.instance().equals(start.instance()))
                .findFirst()
                .map(InstanceMemory::memory);
        return String.format(
                Locale.ROOT,
                "%-24s %12s %12s %12s %12s%n",
                start.instance(),
                mib(start.memory().pssMb()),
                end.map(m -> mib(m.pssMb())).orElse("-"),
                mib(start.memory().rssMb()),
                end.map(m -> mib(m.rssMb())).orElse("-"));
    }

    private static String mib(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String memoryJson(List<InstanceMemory> memory) {
        return memory.stream()
                .map(m -> "\"" + m.instance() + "\":{\"pssMb\":"
                        + BenchReport.number(m.memory().pssMb()) + ",\"rssMb\":"
                        + BenchReport.number(m.memory().rssMb()) + "}")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
