package dev.orrery.console;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/// Measures how long the JavaFX thread is busy at a stretch, i.e. how long the window stays frozen.
///
/// Keeps two figures:
/// - the worst **pause**: the longest wait of a task posted every 10 ms (wall-clock time: what a user sees, and what
///   grows when a loaded machine gives the thread little CPU);
/// - the worst **busy stretch**: the most CPU time the thread spent in one pulse (animations, CSS and layout) or
///   between two pulses (view updates, repainting): the console's own work in one go, nearly independent of the
///   machine's load.
///
/// While the thread stalls longer than 100 ms, the probe keeps what it is doing, so that a failure names the code
/// that froze the window.
final class FxPauseProbe implements AutoCloseable {

    private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Supplier<String> context;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, task -> {
        var thread = new Thread(task, "fx-pause-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong worstPause = new AtomicLong();
    private final AtomicLong worstBusy = new AtomicLong();
    private final AtomicReference<String> worstBusyContext = new AtomicReference<>("");
    private final Map<String, Long> worstBusyByView = new ConcurrentSkipListMap<>();
    private final AtomicLong lastRun = new AtomicLong(System.nanoTime());
    private final List<String> stalls = new CopyOnWriteArrayList<>();
    private final AtomicReference<@Nullable Thread> fxThread = new AtomicReference<>();
    // CPU times of the JavaFX thread when the current pulse began and the last one ended; used on that thread only.
    private long pulseStart = -1;
    private long pulseEnd = -1;

    /// @param context what the window shows now (read on the JavaFX thread), named with the worst busy stretch
    FxPauseProbe(Supplier<String> context) {
        this.context = context;
    }

    void start() {
        lastRun.set(System.nanoTime());
        timer.scheduleAtFixedRate(this::post, 0, 10, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::watch, 25, 25, TimeUnit.MILLISECONDS);
    }

    /// Also measures the CPU time of each pulse of this scene (its CSS and layout), and of what the thread does
    /// between two pulses; call on the JavaFX thread.
    void measurePulses(Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            pulseStart = cpuNow();
            if (pulseEnd >= 0) {
                noteBusy(pulseStart - pulseEnd, "between pulses");
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            pulseEnd = cpuNow();
            if (pulseStart >= 0) {
                noteBusy(pulseEnd - pulseStart, "in a pulse");
            }
        });
    }

    private static long cpuNow() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private void post() {
        var posted = System.nanoTime();
        Platform.runLater(() -> {
            // Found by running on it: its name differs by platform ("Event Thread" under Monocle).
            fxThread.set(Thread.currentThread());
            var now = System.nanoTime();
            lastRun.set(now);
            worstPause.accumulateAndGet(now - posted, Math::max);
        });
    }

    private void noteBusy(long busy, String where) {
        worstBusyByView.merge(context.get(), busy, Math::max);
        if (busy > worstBusy.get()) {
            worstBusy.set(busy);
            worstBusyContext.set(where + ", " + context.get() + " shown");
        }
    }

    private void watch() {
        var stalled = System.nanoTime() - lastRun.get();
        var thread = fxThread.get();
        if (stalled > STALL_NANOS && stalls.size() < 20 && thread != null) {
            stalls.add("stalled %d ms in:%n  %s"
                    .formatted(
                            stalled / 1_000_000,
                            Arrays.stream(thread.getStackTrace())
                                    .limit(25)
                                    .map(StackTraceElement::toString)
                                    .collect(Collectors.joining("\n  "))));
        }
    }

    /// Forgets the figures and stalls so far, to measure a new phase.
    void reset() {
        worstPause.set(0);
        worstBusy.set(0);
        worstBusyContext.set("");
        worstBusyByView.clear();
        stalls.clear();
    }

    /// The longest the JavaFX thread let a posted task wait (wall-clock).
    Duration worstPause() {
        return Duration.ofNanos(worstPause.get());
    }

    /// The most CPU time the JavaFX thread spent in one go.
    Duration worstBusy() {
        return Duration.ofNanos(worstBusy.get());
    }

    /// What the window showed when the worst busy stretch ended.
    String worstBusyContext() {
        return worstBusyContext.get();
    }

    /// The longest busy stretch while each view was shown, e.g. `CLUSTER 31 ms, LOGS 12 ms`.
    String worstBusyByView() {
        return worstBusyByView.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }

    /// What the JavaFX thread was doing while it stalled, oldest first.
    String stalls() {
        return String.join("\n", stalls);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
