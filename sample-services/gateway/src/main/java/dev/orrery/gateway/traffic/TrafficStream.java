package dev.orrery.gateway.traffic;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/// Fans traffic events out to every current subscriber without blocking the request that produced them.
@Component
public class TrafficStream {

    /// Events a subscriber may fall behind by before new ones are dropped for it (a few seconds of busy traffic).
    static final int QUEUE_CAPACITY = 1024;

    private final Set<TrafficSubscription> subscriptions = ConcurrentHashMap.newKeySet();

    public void publish(TrafficEvent event) {
        subscriptions.forEach(subscription -> subscription.offer(event));
    }

    /// A new subscription; close it when the subscriber goes away.
    public TrafficSubscription subscribe() {
        return subscribe(QUEUE_CAPACITY);
    }

    TrafficSubscription subscribe(int capacity) {
        var subscription = new TrafficSubscription(capacity, subscriptions::remove);
        subscriptions.add(subscription);
        return subscription;
    }

    int subscriberCount() {
        return subscriptions.size();
    }
}
