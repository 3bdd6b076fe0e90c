package dev.orrery.runtime.traffic;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/// What a [LoadGenerator] sends: one request, repeated at a steady rate for a while.
///
/// @param target where to send, e.g. `http://127.0.0.1:8080/heroes`; only loopback addresses are allowed
/// @param method `GET`, `POST`, …; requests other than GET send an empty JSON object
/// @param ratePerSecond requests per second, 0.1 to 500
/// @param duration how long to send, at most one hour
/// @param bearerToken sent as `Authorization: Bearer …` when present
public record LoadPlan(
        URI target, String method, double ratePerSecond, Duration duration, Optional<String> bearerToken) {

    public static final double MAX_RATE = 500;
    public static final Duration MAX_DURATION = Duration.ofHours(1);

    public LoadPlan {
        method = method.strip().toUpperCase(Locale.ROOT);
        if (!"http".equals(target.getScheme()) || !isLoopback(target.getHost())) {
            throw new IllegalArgumentException("The load generator sends only to this machine (127.0.0.1 or "
                    + "localhost over http), not to " + target);
        }
        if (!(ratePerSecond >= 0.1 && ratePerSecond <= MAX_RATE)) {
            throw new IllegalArgumentException("The rate must be between 0.1 and " + (int) MAX_RATE
                    + " requests per second, was " + ratePerSecond);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("The duration must be between 1 s and 1 h, was " + duration);
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }

    /// The total number of requests the plan sends if it runs to its end.
    public long plannedRequests() {
        return Math.max(1, Math.round(ratePerSecond * duration.toMillis() / 1000.0));
    }
}
