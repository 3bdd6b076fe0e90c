package dev.orrery.runtime.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/// Polls the registry several times a second and reports each new snapshot with what changed since the last one.
///
/// Only changes are reported (including the registry becoming reachable or unreachable), so an idle cluster
/// produces no events.
public final class RegistryWatcher implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(300);

    private final EurekaClient client;
    private final Duration interval;
    private final BiConsumer<RegistrySnapshot, List<RegistryChange>> listener;
    private final AtomicReference<RegistrySnapshot> latest =
            new AtomicReference<>(RegistrySnapshot.unreachable(Instant.now()));
    private volatile boolean running;
    private @Nullable Thread thread;

    public RegistryWatcher(
            EurekaClient client, Duration interval, BiConsumer<RegistrySnapshot, List<RegistryChange>> listener) {
        this.client = client;
        this.interval = interval;
        this.listener = listener;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("orrery-registry-watcher").start(this::loop);
    }

    /// The last snapshot read.
    public RegistrySnapshot latest() {
        return latest.get();
    }

    /// Reads the registry now and reports a change at once (e.g. right after a deregistration).
    public synchronized void pollNow() {
        var next = client.applications();
        var previous = latest.getAndSet(next);
        var changes = RegistryDiff.between(previous, next);
        if (!changes.isEmpty() || previous.reachable() != next.reachable()) {
            listener.accept(next, changes);
        }
    }

    private void loop() {
        while (running) {
            pollNow();
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
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
