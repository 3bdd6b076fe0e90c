package dev.orrery.console.selftest;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/// A short story of faults on the default cluster for the timeline's screenshot: one instance slowed down, one
/// made flaky, one paused and resumed, one killed and brought back by its restart policy. The flaky one stays
/// faulty until [#healAll()], to show an ongoing span.
final class TimelineFaults {

    private static final InstanceId SLOW = InstanceId.of("heroes-service", 1);
    private static final InstanceId KILLED = InstanceId.of("heroes-service", 2);
    private static final InstanceId PAUSED = InstanceId.of("threats-service", 1);
    private static final InstanceId FLAKY = InstanceId.of("threats-service", 2);
    private static final Duration BACK_UP = Duration.ofSeconds(120);

    private final Cluster cluster;

    TimelineFaults(Cluster cluster) {
        this.cluster = cluster;
    }

    void inject() {
        run(cluster.inject(new Fault.Slow(SLOW, 800)));
        SelfTest.pause(Duration.ofSeconds(4));
        run(cluster.inject(new Fault.Flaky(FLAKY, 0.3)));
        SelfTest.pause(Duration.ofSeconds(4));
        run(cluster.inject(new Fault.Kill(KILLED)));
        SelfTest.pause(Duration.ofSeconds(3));
        run(cluster.inject(new Fault.Pause(PAUSED)));
        SelfTest.pause(Duration.ofSeconds(8));
        run(cluster.heal(PAUSED));
        awaitUp(KILLED);
        SelfTest.pause(Duration.ofSeconds(3));
        run(cluster.heal(SLOW));
        SelfTest.pause(Duration.ofSeconds(5));
    }

    void healAll() {
        run(cluster.heal(FLAKY));
    }

    private void awaitUp(InstanceId id) {
        var end = System.nanoTime() + BACK_UP.toNanos();
        while (System.nanoTime() < end) {
            var up = cluster.snapshot().instances().stream()
                    .anyMatch(i -> i.id().equals(id) && i.state() == InstanceState.UP);
            if (up) {
                return;
            }
            SelfTest.pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(id + " did not come back UP within " + BACK_UP.toSeconds()
                + " s after it was killed; its restart policy should have started it again");
    }

    private static void run(java.util.concurrent.CompletableFuture<Void> work) {
        work.orTimeout(30, TimeUnit.SECONDS).join();
    }
}
