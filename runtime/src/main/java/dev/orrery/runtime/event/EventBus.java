package dev.orrery.runtime.event;

import java.util.concurrent.CopyOnWriteArrayList;

/// Delivers each published [ClusterEvent] to every subscribed [ClusterListener].
///
/// Publishing never blocks and never runs listener code: each subscription has its own queue and thread. A queue
/// that overflows (a listener far behind) drops the newest events and logs how many, so a stuck client cannot
/// stall the supervisor or exhaust memory.
public final class EventBus {

    /// Events a listener may lag behind before events are dropped for it.
    public static final int QUEUE_CAPACITY = 50_000;

    private final CopyOnWriteArrayList<QueuedSubscription> subscriptions = new CopyOnWriteArrayList<>();

    public Subscription subscribe(ClusterListener listener) {
        var subscription = new QueuedSubscription(listener, QUEUE_CAPACITY, subscriptions::remove);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /// Subscribes a listener whose first event is `first` (e.g. the current state), before any later event.
    public Subscription subscribe(ClusterListener listener, ClusterEvent first) {
        var subscription = new QueuedSubscription(listener, QUEUE_CAPACITY, subscriptions::remove);
        subscription.offer(first);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    public void publish(ClusterEvent event) {
        for (var subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    /// Ends every subscription.
    public void close() {
        subscriptions.forEach(QueuedSubscription::close);
    }
}
