package dev.orrery.runtime.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/// A steady stream of GETs at a fixed rate to one 127.0.0.1 URL, bounded in count and time; counts the answers
/// that failed (5xx or no answer at all).
final class SteadyLoad {

    static final int MAX_REQUESTS = 2_000;

    private final LoopbackHttp http;
    private final URI url;
    private final int perSecond;
    private final Duration duration;
    private final List<CompletableFuture<LoopbackHttp.Reply>> replies = new CopyOnWriteArrayList<>();

    SteadyLoad(LoopbackHttp http, URI url, int perSecond, Duration duration) {
        this.http = http;
        this.url = url;
        this.perSecond = perSecond;
        this.duration = duration;
    }

    /// The outcome once every request has been answered or has timed out.
    record Result(int sent, int failed) {}

    /// Sends on a virtual thread; the future completes with the outcome.
    CompletableFuture<Result> start() {
        var result = new CompletableFuture<Result>();
        Thread.ofVirtual().name("orrery-bench-load").start(() -> {
            try {
                send();
                result.complete(collect());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private void send() {
        var count = (int) Math.min(MAX_REQUESTS, perSecond * duration.toMillis() / 1000);
        var interval = 1_000_000_000L / perSecond;
        var began = System.nanoTime();
        for (var i = 0; i < count; i++) {
            var due = began + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            replies.add(http.getAsync(url));
        }
    }

    private Result collect() {
        var all = CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new));
        try {
            all.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // Unanswered requests count as failed below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var failed = (int)
                replies.stream().filter(r -> !r.isDone() || r.join().failed()).count();
        return new Result(replies.size(), failed);
    }
}
