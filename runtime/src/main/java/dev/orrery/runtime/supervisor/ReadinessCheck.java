package dev.orrery.runtime.supervisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

/// Decides whether a running process serves: used while STARTING (ready yet?) and then while UP (still healthy?).
///
/// Implementations answer within about a second and never throw: an unreachable process is simply not ready.
@FunctionalInterface
public interface ReadinessCheck {

    boolean isReady();

    /// A short description for progress and error messages, e.g. "GET /actuator/health".
    default String describe() {
        return getClass().getSimpleName();
    }

    /// `GET {base}/actuator/health` answers 2xx with `"status":"UP"`.
    static ReadinessCheck actuatorHealth(HttpClient client, int port) {
        return new HttpReadinessCheck(client, URI.create("http://127.0.0.1:" + port + "/actuator/health"), true);
    }

    /// `GET http://127.0.0.1:{port}{path}` answers 2xx.
    static ReadinessCheck httpPath(HttpClient client, int port, String path) {
        return new HttpReadinessCheck(client, URI.create("http://127.0.0.1:" + port + path), false);
    }

    /// The port on 127.0.0.1 accepts a TCP connection.
    static ReadinessCheck portOpen(int port) {
        return new PortOpenCheck(port);
    }

    /// Every one of the checks passes.
    static ReadinessCheck allOf(List<ReadinessCheck> checks) {
        var copy = List.copyOf(checks);
        return new ReadinessCheck() {
            @Override
            public boolean isReady() {
                return copy.stream().allMatch(ReadinessCheck::isReady);
            }

            @Override
            public String describe() {
                return String.join(
                        " and ", copy.stream().map(ReadinessCheck::describe).toList());
            }
        };
    }
}
