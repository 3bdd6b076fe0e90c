package dev.orrery.gateway.traffic;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/// One subscriber's bounded queue of traffic events.
///
/// Publishing never waits: when the subscriber reads too slowly and its queue is full, new events are dropped and
/// counted, so that a slow subscriber never slows routing.
public final class TrafficSubscription implements AutoCloseable {

    private final BlockingQueue<TrafficEvent> queue;
    private final Consumer<TrafficSubscription> onClose;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    TrafficSubscription(int capacity, Consumer<TrafficSubscription> onClose) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.onClose = onClose;
    }

    void offer(TrafficEvent event) {
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    /// The next event, waiting at most `timeout`; empty when none came in time.
    public Optional<TrafficEvent> next(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    /// How many events were dropped because this subscriber's queue was full.
    public long dropped() {
        return dropped.get();
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }
}
