package dev.orrery.runtime.traffic;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends one request at a steady rate for a while, e.g. to make traffic flow through the gateway while a teacher
/// kills an instance. Only to this machine (see [LoadPlan]); at most [#MAX_IN_FLIGHT] requests wait for an answer
/// at once, further ticks are skipped and counted, so a dead target never piles up requests.
public final class LoadGenerator implements AutoCloseable {

    public static final int MAX_IN_FLIGHT = 64;

    private static final Logger LOG = LoggerFactory.getLogger(LoadGenerator.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final LoadPlan plan;
    private final HttpClient client;
    private final ScheduledExecutorService timer;
    private final LatencyWindow latencies = new LatencyWindow(2_000);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CompletableFuture<LoadReport> done = new CompletableFuture<>();
    private long startNanos;
    private volatile long stopNanos;
    private volatile @org.jspecify.annotations.Nullable ScheduledFuture<?> ticks;

    private LoadGenerator(LoadPlan plan, HttpClient client) {
        this.plan = plan;
        this.client = client;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("orrery-load").daemon(true).factory());
    }

    /// Starts sending now.
    public static LoadGenerator start(LoadPlan plan) {
        var client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        var generator = new LoadGenerator(plan, client);
        generator.begin();
        return generator;
    }

    private void begin() {
        LOG.info("Load: {} {} at {}/s for {}", plan.method(), plan.target(), plan.ratePerSecond(), plan.duration());
        startNanos = System.nanoTime();
        var periodMicros = Math.max(1, Math.round(1_000_000 / plan.ratePerSecond()));
        ticks = timer.scheduleAtFixedRate(this::tick, 0, periodMicros, TimeUnit.MICROSECONDS);
        timer.schedule(this::stop, plan.duration().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (sent.get() + skipped.get() >= plan.plannedRequests()) {
            stop();
            return;
        }
        if (inFlight.get() >= MAX_IN_FLIGHT) {
            skipped.incrementAndGet();
            return;
        }

        inFlight.incrementAndGet();
        sent.incrementAndGet();
        var began = System.nanoTime();
        client.sendAsync(request(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            inFlight.decrementAndGet();
            latencies.add((System.nanoTime() - began) / 1_000_000.0);
            if (failure == null && response.statusCode() < 500) {
                succeeded.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        });
    }

    private HttpRequest request() {
        var builder =
                HttpRequest.newBuilder(plan.target()).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
        plan.bearerToken().ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        if (plan.method().equals("GET") || plan.method().equals("DELETE")) {
            return builder.method(plan.method(), HttpRequest.BodyPublishers.noBody())
                    .build();
        }
        return builder.header("Content-Type", "application/json")
                .method(plan.method(), HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    /// Stops sending; answers still on their way are counted when they arrive.
    public synchronized void stop() {
        if (stopNanos != 0) {
            return;
        }

        stopNanos = System.nanoTime();
        var scheduled = ticks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        timer.shutdown();
        done.complete(report());
        LOG.info("Load stopped: {}", report());
    }

    public LoadReport report() {
        var end = stopNanos != 0 ? stopNanos : System.nanoTime();
        return new LoadReport(
                sent.get(),
                succeeded.get(),
                failed.get(),
                skipped.get(),
                latencies.percentile(50),
                latencies.percentile(99),
                Duration.ofNanos(end - startNanos),
                plan.duration(),
                stopNanos == 0);
    }

    /// Completes with the final report when sending has stopped (by time, by count or by [#stop()]).
    public CompletableFuture<LoadReport> done() {
        return done;
    }

    public LoadPlan plan() {
        return plan;
    }

    @Override
    public void close() {
        stop();
        timer.shutdownNow();
        client.close();
    }
}
