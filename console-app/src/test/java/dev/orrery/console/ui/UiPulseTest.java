package dev.orrery.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UiPulseTest {

    private final AtomicInteger batches = new AtomicInteger();
    private final Executor countingExecutor = batch -> {
        batches.incrementAndGet();
        batch.run();
    };

    @Test
    void deliversManyUpdatesInFewBatchesAndInOrder() {
        var seen = new CopyOnWriteArrayList<Integer>();
        try (var pulse = new UiPulse(countingExecutor, Duration.ofMillis(100))) {
            IntStream.range(0, 10_000).forEach(i -> pulse.post(() -> seen.add(i)));

            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 10_000);
        }

        assertThat(seen).isSorted();
        assertThat(batches.get()).isLessThan(20);
    }

    @Test
    void keepsOnlyTheNewestUpdatePerKey() {
        var seen = new CopyOnWriteArrayList<String>();
        try (var pulse = new UiPulse(countingExecutor, Duration.ofMillis(200))) {
            pulse.postLatest("registry", () -> seen.add("first"));
            pulse.postLatest("registry", () -> seen.add("second"));
            pulse.postLatest("routing", () -> seen.add("other"));

            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= 2);
        }

        assertThat(seen).containsExactly("second", "other");
    }

    @Test
    void aFailingUpdateDoesNotStopTheRestOfItsBatch() {
        var seen = new CopyOnWriteArrayList<String>();
        try (var pulse = new UiPulse(countingExecutor, Duration.ofMillis(50))) {
            pulse.post(() -> {
                throw new IllegalStateException("broken view");
            });
            pulse.post(() -> seen.add("after"));

            await().atMost(Duration.ofSeconds(10)).until(() -> seen.equals(List.of("after")));
        }
    }
}
