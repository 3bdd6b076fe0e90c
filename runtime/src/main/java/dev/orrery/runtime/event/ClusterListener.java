package dev.orrery.runtime.event;

/// Receives cluster events, one at a time and in order, on a thread owned by its subscription: a slow listener
/// delays only itself. A listener that throws is logged and keeps receiving later events.
@FunctionalInterface
public interface ClusterListener {

    void onEvent(ClusterEvent event);
}
