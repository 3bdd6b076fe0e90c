package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.EventBus;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClusterSwitchTest {

    private final FakeCluster home = new FakeCluster("home", ClusterState.STOPPED);
    private final FakeCluster attached = new FakeCluster("attached", ClusterState.RUNNING);
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ClusterListener listener = event -> {
        if (event instanceof ClusterEvent.ClusterStateChanged changed) {
            heard.add(changed.message() + " " + changed.current());
        }
    };

    @Test
    void subscribersMoveToTheClusterInUseAndHearItsCurrentStateFirst() {
        var clusters = new ClusterSwitch(home);
        clusters.subscribe(listener);
        // Events reach a subscriber on the bus's own thread: wait for the home state before switching, or the
        // switch may close the home subscription before its first event was delivered.
        await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() == 1);

        clusters.use(attached);
        home.say("late news from home");
        attached.say("news from attached");

        await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() >= 3);
        assertThat(heard).containsExactly("home STOPPED", "attached RUNNING", "news from attached RUNNING");
        assertThat(clusters.snapshot().state()).isEqualTo(ClusterState.RUNNING);
        assertThat(clusters.atHome()).isFalse();
    }

    @Test
    void closedSubscriptionHearsNothingAfterASwitch() {
        var clusters = new ClusterSwitch(home);
        var subscription = clusters.subscribe(listener);
        await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() == 1);

        subscription.close();
        clusters.use(attached);
        attached.say("news from attached");

        assertThat(attached.subscribers).isZero();
        assertThat(heard).containsExactly("home STOPPED");
    }

    @Test
    void closeClosesTheHomeClusterAndTheOneInUseOnly() {
        var clusters = new ClusterSwitch(home);
        var other = new FakeCluster("other", ClusterState.RUNNING);
        clusters.use(other);
        clusters.use(attached);

        clusters.close();

        assertThat(home.closed).isTrue();
        assertThat(attached.closed).isTrue();
        assertThat(other.closed)
                .as("the caller closes what it switched away from")
                .isFalse();
    }

    private static final class FakeCluster implements Cluster {
        private final String name;
        private final ClusterState state;
        private final EventBus bus = new EventBus();
        volatile int subscribers;
        volatile boolean closed;

        FakeCluster(String name, ClusterState state) {
            this.name = name;
            this.state = state;
        }

        void say(String message) {
            bus.publish(new ClusterEvent.ClusterStateChanged(Instant.now(), state, state, message));
        }

        @Override
        public Subscription subscribe(ClusterListener listener) {
            subscribers++;
            var inner =
                    bus.subscribe(listener, new ClusterEvent.ClusterStateChanged(Instant.now(), state, state, name));
            return () -> {
                subscribers--;
                inner.close();
            };
        }

        @Override
        public ClusterSnapshot snapshot() {
            return ClusterSnapshot.stopped(Instant.now()).withState(state);
        }

        @Override
        public CompletableFuture<ClusterSnapshot> start(Topology topology, StartOptions options) {
            return CompletableFuture.completedFuture(snapshot());
        }

        @Override
        public CompletableFuture<Void> stop() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> startInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> stopInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> restartInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> killInstance(InstanceId id) {
            return stop();
        }

        @Override
        public CompletableFuture<Void> scale(String serviceId, int count) {
            return stop();
        }

        @Override
        public List<LogLine> recentLogs(InstanceId id) {
            return List.of();
        }

        @Override
        public Path logFile(InstanceId id) {
            return Path.of(name + ".log");
        }

        @Override
        public void close() {
            closed = true;
            bus.close();
        }
    }
}
