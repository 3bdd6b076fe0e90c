package dev.orrery.console.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Hands updates from background threads to the JavaFX thread in batches, at most once per period.
///
/// View models receive runtime events on background threads; posting each one with `Platform.runLater` would
/// flood the JavaFX thread under heavy logs or traffic. Updates posted with a key replace an earlier, not yet
/// delivered update with the same key (only the newest snapshot matters); updates without a key are all
/// delivered in order. A new batch is sent only when the JavaFX thread has finished the previous one, so a busy
/// window is never flooded.
public final class UiPulse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UiPulse.class);

    private final Executor uiThread;
    private final ScheduledExecutorService timer;
    private final ConcurrentLinkedQueue<Runnable> ordered = new ConcurrentLinkedQueue<>();
    private final Map<Object, Runnable> latest = new LinkedHashMap<>();
    private final AtomicBoolean inFlight = new AtomicBoolean();

    /// @param uiThread runs a batch on the JavaFX thread, normally `Platform::runLater`
    /// @param period how often a batch is sent, about 100 ms
    public UiPulse(Executor uiThread, Duration period) {
        this.uiThread = uiThread;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("orrery-ui-pulse").daemon(true).factory());
        var millis = Math.max(1, period.toMillis());
        timer.scheduleAtFixedRate(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /// Delivers the update on the JavaFX thread with the next batch.
    public void post(Runnable update) {
        ordered.add(update);
    }

    /// Delivers the update with the next batch unless a newer one with the same key replaces it before.
    public void postLatest(Object key, Runnable update) {
        synchronized (latest) {
            latest.remove(key);
            latest.put(key, update);
        }
    }

    private void flush() {
        if (inFlight.get()) {
            return;
        }

        var batch = drain();
        if (batch.isEmpty()) {
            return;
        }
        inFlight.set(true);
        uiThread.execute(() -> {
            try {
                batch.forEach(UiPulse::runGuarded);
            } finally {
                inFlight.set(false);
            }
        });
    }

    private static void runGuarded(Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            LOG.error("A view update failed; the view may show stale data until the next update", e);
        }
    }

    private List<Runnable> drain() {
        var batch = new ArrayList<Runnable>();
        for (var next = ordered.poll(); next != null; next = ordered.poll()) {
            batch.add(next);
        }
        synchronized (latest) {
            batch.addAll(latest.values());
            latest.clear();
        }
        return batch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
