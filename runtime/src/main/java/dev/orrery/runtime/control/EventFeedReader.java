package dev.orrery.runtime.control;

import dev.orrery.runtime.event.ClusterEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Follows the event stream of a cluster run by another process on a thread of its own: reconnects while that
/// process serves the cluster, and says once when it no longer does (the stream breaks as soon as the process dies
/// or closes its control API).
final class EventFeedReader {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeedReader.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

    private final ControlClient client;
    private final ClusterJson json = new ClusterJson();
    private final Runnable onConnect;
    private final Consumer<ClusterEvent> onEvent;
    private final Runnable onOwnerEnded;
    private final BooleanSupplier ownerServes;
    private final AtomicReference<Stream<String>> open = new AtomicReference<>(Stream.empty());
    private final Thread thread;
    private volatile boolean closed;

    /// @param onConnect called after each (re)connection, before its first event
    /// @param ownerServes whether the owning process still serves the cluster (alive, its endpoint published)
    /// @param onOwnerEnded called once, when it no longer does
    EventFeedReader(
            ControlClient client,
            Runnable onConnect,
            Consumer<ClusterEvent> onEvent,
            BooleanSupplier ownerServes,
            Runnable onOwnerEnded) {
        this.client = client;
        this.ownerServes = ownerServes;
        this.onConnect = onConnect;
        this.onEvent = onEvent;
        this.onOwnerEnded = onOwnerEnded;
        this.thread = Thread.ofPlatform()
                .name("orrery-attached-feed-" + client.pid())
                .daemon(true)
                .unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!closed) {
            follow();
            if (closed) {
                return;
            }
            if (!ownerServes.getAsBoolean()) {
                LOG.info("The process running the attached cluster (pid {}) ended or stopped it", client.pid());
                onOwnerEnded.run();
                return;
            }
            pause();
        }
    }

    private void follow() {
        try (Stream<String> lines = client.eventLines()) {
            open.set(lines);
            if (closed) {
                return;
            }
            onConnect.run();
            lines.forEach(this::line);
        } catch (ControlException | UncheckedIOException e) {
            LOG.debug("The attached cluster's event stream broke: {}", e.getMessage());
        }
    }

    private void line(String line) {
        if (closed || !line.startsWith("data:")) {
            return;
        }
        try {
            onEvent.accept(json.event(line.substring("data:".length()).strip()));
        } catch (ControlException e) {
            LOG.warn("Skipped an event of the attached cluster: {}", e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /// Stops following; the connection is closed at once.
    void close() {
        closed = true;
        open.get().close();
        thread.interrupt();
    }
}
