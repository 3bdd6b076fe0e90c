package dev.orrery.support.parent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

    @Test
    void firesOnceWhenTheParentEnds() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        AtomicInteger fired = new AtomicInteger();
        try (var watch = new ParentWatch(parent.pid(), Duration.ofMillis(200), fired::incrementAndGet)) {
            watch.start();
            assertThat(fired).hasValue(0);

            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> fired.get() == 1);
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> fired.get() == 1);
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void firesAtOnceWhenTheParentIsAlreadyGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        AtomicInteger fired = new AtomicInteger();

        try (var watch = new ParentWatch(gone.pid(), Duration.ofMillis(200), fired::incrementAndGet)) {
            watch.start();

            assertThat(fired).hasValue(1);
        }
    }
}
