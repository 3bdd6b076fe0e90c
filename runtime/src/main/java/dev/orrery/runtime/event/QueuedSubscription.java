package dev.orrery.runtime.event;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One listener with its queue and delivery thread.
final class QueuedSubscription implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedSubscription.class);

    private final ClusterListener listener;
    private final BlockingQueue<ClusterEvent> queue;
    private final Consumer<QueuedSubscription> onClose;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicLong dropped = new AtomicLong();
    private volatile Thread thread = Thread.currentThread();

    QueuedSubscription(ClusterListener listener, int capacity, Consumer<QueuedSubscription> onClose) {
        this.listener = listener;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.onClose = onClose;
    }

    void start() {
        thread = Thread.ofVirtual()
                .name("orrery-events-" + listener.getClass().getSimpleName())
                .start(this::deliver);
    }

    void offer(ClusterEvent event) {
        if (!open.get() || queue.offer(event)) {
            return;
        }
        if (dropped.incrementAndGet() % 1000 == 1) {
            LOG.warn("A cluster event listener is far behind; dropped {} events so far", dropped.get());
        }
    }

    private void deliver() {
        while (open.get()) {
            try {
                var event = queue.take();
                listener.onEvent(event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("A cluster event listener failed; it keeps receiving events", e);
            }
        }
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            queue.clear();
            thread.interrupt();
            onClose.accept(this);
        }
    }
}
