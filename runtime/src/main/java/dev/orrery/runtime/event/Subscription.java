package dev.orrery.runtime.event;

/// A listener's registration; closing it stops delivery (events already queued are dropped).
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
