package dev.orrery.runtime.topology;

import java.time.Duration;

/// When and how fast the supervisor restarts an instance that stopped by itself.
///
/// @param maxRestarts restarts allowed in a row before the instance stays CRASHED; a run of one minute UP resets it
/// @param initialBackoff the wait before the first restart; doubled for each further one
/// @param maxBackoff the longest wait between restarts
public record RestartPolicy(RestartMode mode, int maxRestarts, Duration initialBackoff, Duration maxBackoff) {

    public static final RestartPolicy DEFAULT =
            new RestartPolicy(RestartMode.ON_FAILURE, 5, Duration.ofMillis(500), Duration.ofSeconds(10));

    /// Whether an instance that exited with this code after `restartsSoFar` restarts is started again.
    public boolean shouldRestart(int exitCode, int restartsSoFar) {
        if (restartsSoFar >= maxRestarts) {
            return false;
        }
        return switch (mode) {
            case ALWAYS -> true;
            case ON_FAILURE -> exitCode != 0;
            case NEVER -> false;
        };
    }

    /// The wait before restart number `restartsSoFar + 1`: the initial backoff doubled per earlier restart, capped.
    public Duration backoff(int restartsSoFar) {
        var shift = Math.min(Math.max(restartsSoFar, 0), 30);
        var millis = initialBackoff.toMillis() << shift;
        if (millis < 0 || millis > maxBackoff.toMillis()) {
            return maxBackoff;
        }
        return Duration.ofMillis(millis);
    }
}
