package dev.orrery.runtime.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/// What the gateway costs: latency of sequential GETs through it and straight to one instance, alternated so both
/// see the same machine, then throughput of a few concurrent clients on each, one after the other.
final class GatewayOverhead {

    static final int MAX_REQUESTS = 50_000;
    private static final int CLIENTS = 4;

    private final LoopbackHttp http;
    private final URI viaGateway;
    private final URI direct;

    GatewayOverhead(LoopbackHttp http, URI viaGateway, URI direct) {
        this.http = http;
        this.viaGateway = viaGateway;
        this.direct = direct;
    }

    /// Latencies in milliseconds, throughput in answered requests per second.
    record Result(
            double gatewayP50Ms,
            double directP50Ms,
            double gatewayP99Ms,
            double directP99Ms,
            double gatewayPerSecond,
            double directPerSecond) {

        double throughputRatio() {
            return directPerSecond == 0 ? 0 : gatewayPerSecond / directPerSecond;
        }
    }

    Result measure(int warmup, int pairs, Duration throughputTime) throws InterruptedException {
        for (var i = 0; i < warmup; i++) {
            http.get(viaGateway);
            http.get(direct);
        }
        var gateway = new ArrayList<Double>();
        var straight = new ArrayList<Double>();
        for (var i = 0; i < pairs; i++) {
            gateway.add(millis(http.get(viaGateway)));
            straight.add(millis(http.get(direct)));
        }
        return new Result(
                Percentiles.of(gateway, 50),
                Percentiles.of(straight, 50),
                Percentiles.of(gateway, 99),
                Percentiles.of(straight, 99),
                throughput(viaGateway, throughputTime),
                throughput(direct, throughputTime));
    }

    private double throughput(URI url, Duration time) throws InterruptedException {
        var answered = new AtomicInteger();
        var sent = new AtomicInteger();
        var deadline = System.nanoTime() + time.toNanos();
        var began = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (var c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= MAX_REQUESTS) {
                    if (http.get(url).ok()) {
                        answered.incrementAndGet();
                    }
                }
            }));
        }
        for (var client : clients) {
            client.join();
        }
        return answered.get() / ((System.nanoTime() - began) / 1e9);
    }

    private static double millis(LoopbackHttp.Reply reply) {
        return reply.nanos() / 1e6;
    }
}
