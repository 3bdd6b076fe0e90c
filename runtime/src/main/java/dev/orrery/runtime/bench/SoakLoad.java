package dev.orrery.runtime.bench;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/// The soak test's traffic through the gateway at a fixed rate: of every four requests one `POST /heroes` with a
/// unique name, two `GET /heroes` and one `GET /threats`. At most 64 requests are in flight, so a paused instance
/// cannot pile up work; a tick with no free slot sends nothing.
final class SoakLoad implements AutoCloseable {

    private static final int MAX_IN_FLIGHT = 64;

    private final LoopbackHttp http;
    private final Function<String, URI> gateway;
    private final int perSecond;
    private final String runId;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    /// @param gateway the gateway's URL for a path such as `/heroes`
    SoakLoad(LoopbackHttp http, Function<String, URI> gateway, int perSecond, String runId) {
        if (perSecond < 1 || perSecond > 200) {
            throw new IllegalArgumentException("--rate must be from 1 to 200 requests per second, not " + perSecond);
        }
        this.http = http;
        this.gateway = gateway;
        this.perSecond = perSecond;
        this.runId = runId;
        this.thread = Thread.ofPlatform().name("orrery-soak-load").daemon().unstarted(this::loop);
    }

    /// The path of the `n`-th request; every `n` divisible by 4 is a write.
    static String path(int n) {
        return n % 4 == 2 ? "/threats" : "/heroes";
    }

    SoakLoad start() {
        thread.start();
        return this;
    }

    int sent() {
        return sent.get();
    }

    int failed() {
        return failed.get();
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private void loop() {
        var interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        var next = System.nanoTime();
        for (var n = 0; running.get(); n++) {
            if (inFlight.tryAcquire()) {
                send(n);
            }
            next += interval;
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    private void send(int n) {
        sent.incrementAndGet();
        if (n % 4 == 0) {
            var name = "Soak " + runId + " #" + n;
            var body = "{\"type\":\"soak\",\"displayName\":\"" + name + "\",\"powers\":[]}";
            http.postAsync(gateway.apply("/heroes"), body).whenComplete((reply, _) -> {
                if (reply != null && reply.status() == 201) {
                    acknowledged.add(name);
                } else {
                    failed.incrementAndGet();
                }
                inFlight.release();
            });
        } else {
            http.getAsync(gateway.apply(path(n))).whenComplete((reply, _) -> {
                if (reply == null || reply.status() != 200) {
                    failed.incrementAndGet();
                }
                inFlight.release();
            });
        }
    }

    /// Stops sending and waits up to 10 s for the requests in flight, so every acknowledged write is counted.
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(TimeUnit.SECONDS.toMillis(5));
        if (inFlight.tryAcquire(MAX_IN_FLIGHT, 10, TimeUnit.SECONDS)) {
            inFlight.release(MAX_IN_FLIGHT);
        }
    }
}
