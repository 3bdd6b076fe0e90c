package dev.orrery.runtime.control;

import dev.orrery.runtime.event.ClusterEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Follows the event stream of a cluster run by another process on a thread of its own: reconnects while that
/// process lives, and says once when it has ended (the stream breaks as soon as the process dies).
final class EventFeedReader {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeedReader.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

    private final ControlClient client;
    private final ClusterJson json = new ClusterJson();
    private final Runnable onConnect;
    private final Consumer<ClusterEvent> onEvent;
    private final Runnable onOwnerEnded;
    private final AtomicReference<Stream<String>> open = new AtomicReference<>(Stream.empty());
    private final Thread thread;
    private volatile boolean closed;

    /// @param onConnect called after each (re)connection, before its first event
    /// @param onOwnerEnded called once, when the process running the cluster is gone
    EventFeedReader(ControlClient client, Runnable onConnect, Consumer<ClusterEvent> onEvent, Runnable onOwnerEnded) {
        this.client = client;
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
            if (!ownerAlive()) {
                LOG.info("The process running the attached cluster (pid {}) ended", client.pid());
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

    private boolean ownerAlive() {
        return ProcessHandle.of(client.pid()).map(ProcessHandle::isAlive).orElse(false);
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
