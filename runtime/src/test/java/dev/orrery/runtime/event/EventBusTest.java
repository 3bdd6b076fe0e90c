package dev.orrery.runtime.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EventBusTest {

    @Test
    void deliversInOrderOnTheListenersOwnThread() {
        var bus = new EventBus();
        var received = new CopyOnWriteArrayList<ClusterEvent>();
        var threads = new CopyOnWriteArrayList<Thread>();
        bus.subscribe(event -> {
            threads.add(Thread.currentThread());
            received.add(event);
        });

        var events = List.of(state(ClusterState.STARTING), state(ClusterState.RUNNING), state(ClusterState.STOPPING));
        events.forEach(bus::publish);

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
        assertThat(received).containsExactlyElementsOf(events);
        assertThat(threads).doesNotContain(Thread.currentThread());
        bus.close();
    }

    @Test
    void aFailingListenerKeepsReceivingAndOthersAreUnaffected() {
        var bus = new EventBus();
        var calls = new CopyOnWriteArrayList<ClusterEvent>();
        var other = new CopyOnWriteArrayList<ClusterEvent>();
        bus.subscribe(event -> {
            calls.add(event);
            throw new IllegalStateException("listener bug");
        });
        bus.subscribe(other::add);

        bus.publish(state(ClusterState.STARTING));
        bus.publish(state(ClusterState.RUNNING));

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 2 && other.size() == 2);
        bus.close();
    }

    @Test
    void closedSubscriptionReceivesNothingMore() {
        var bus = new EventBus();
        var received = new CopyOnWriteArrayList<ClusterEvent>();
        var first = state(ClusterState.STOPPED);
        var subscription = bus.subscribe(received::add, first);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);

        subscription.close();
        bus.publish(state(ClusterState.RUNNING));

        assertThat(received).containsExactly(first);
        bus.close();
    }

    private static ClusterEvent state(ClusterState state) {
        return new ClusterEvent.ClusterStateChanged(Instant.now(), ClusterState.STOPPED, state, state.name());
    }
}
