package dev.orrery.runtime.control;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.Route;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.RequestFailedException;
import dev.orrery.runtime.request.RequestSender;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/// Tells when a started cluster is really usable: every gateway route answers through the gateway.
///
/// "Answers" means any status below 500 (a 401 from a secured service counts): 502/503 mean the gateway has no
/// routable instance yet, which the registry's lease and the gateway's cache take a few seconds to fix. Once
/// ready, the cluster stays ready until [#reset()]; later failures show in the instances' states.
public final class RouteReadiness {
    private final RequestSender sender;
    private final Map<String, Boolean> answering = new ConcurrentHashMap<>();
    private volatile boolean ready;

    public RouteReadiness(RequestSender sender) {
        this.sender = sender;
    }

    public boolean ready() {
        return ready;
    }

    public boolean answering(Route route) {
        return answering.getOrDefault(route.id(), false);
    }

    public void reset() {
        ready = false;
        answering.clear();
    }

    /// Probes the routes until all answer; returns false when `timeout` passed or `cancelled` became true.
    public boolean await(ClusterSnapshot snapshot, Duration timeout, BooleanSupplier cancelled) {
        List<Route> routes = snapshot.routes();
        if (routes.isEmpty() || snapshot.addresses().gateway().isEmpty()) {
            ready = true;
            return true;
        }

        URI gateway = URI.create(snapshot.addresses().gateway().get());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            routes.forEach(route -> answering.put(route.id(), answers(gateway, route)));
            if (routes.stream().allMatch(this::answering)) {
                ready = true;
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return false;
    }

    /// The path probed for a route pattern: `/heroes/**` becomes `/heroes`.
    static String probePath(String pattern) {
        String path = pattern.replaceAll("/\\*\\*$", "").replaceAll("/\\*$", "");
        return path.isEmpty() ? "/" : path;
    }

    private boolean answers(URI gateway, Route route) {
        try {
            return sender.send(HttpCall.of("GET", gateway.resolve(probePath(route.pathPattern()))))
                            .status()
                    < 500;
        } catch (RequestFailedException e) {
            return false;
        }
    }
}
