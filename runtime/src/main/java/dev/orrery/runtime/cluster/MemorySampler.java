package dev.orrery.runtime.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import oshi.SystemInfo;
import oshi.software.os.OperatingSystem;

/// Measures the resident memory (RSS) of the cluster's processes every two seconds with OSHI, so that snapshots
/// can report it without waiting on the operating system.
final class MemorySampler implements AutoCloseable {

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Supplier<Stream<Long>> pids;
    private final Map<Long, Long> residentBytes = new ConcurrentHashMap<>();
    private volatile boolean running;
    private @Nullable Thread thread;
    private @Nullable OperatingSystem os;

    MemorySampler(Supplier<Stream<Long>> pids) {
        this.pids = pids;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("orrery-memory").start(this::loop);
    }

    OptionalLong residentBytes(long pid) {
        var value = residentBytes.get(pid);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        try {
            if (os == null) {
                os = new SystemInfo().getOperatingSystem();
            }
            var live = pids.get().toList();
            residentBytes.keySet().retainAll(live);
            for (var pid : live) {
                var process = os.getProcess(pid.intValue());
                if (process != null) {
                    residentBytes.put(pid, process.getResidentSetSize());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
