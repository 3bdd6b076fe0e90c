package dev.orrery.runtime.fault;

import java.util.ArrayList;

/// The faults one process has now.
///
/// @param paused stopped by SIGSTOP and not yet resumed
/// @param latencyMs added latency, 0 for none
/// @param failureShare share of failing requests, 0 for none
public record ActiveFaults(boolean paused, long latencyMs, double failureShare) {

    public static final ActiveFaults NONE = new ActiveFaults(false, 0, 0);

    public boolean isNone() {
        return !paused && latencyMs == 0 && failureShare == 0;
    }

    /// Whether the instance's control endpoint has something to undo.
    public boolean hasServiceFault() {
        return latencyMs > 0 || failureShare > 0;
    }

    public ActiveFaults withPaused(boolean value) {
        return new ActiveFaults(value, latencyMs, failureShare);
    }

    public ActiveFaults withLatency(long ms) {
        return new ActiveFaults(paused, ms, failureShare);
    }

    public ActiveFaults withFailureShare(double share) {
        return new ActiveFaults(paused, latencyMs, share);
    }

    /// Short tags for a table: `paused`, `slow 800 ms`, `flaky 30 %`, joined by commas; empty for none.
    public String describe() {
        var tags = new ArrayList<String>();
        if (paused) {
            tags.add("paused");
        }
        if (latencyMs > 0) {
            tags.add("slow " + latencyMs + " ms");
        }
        if (failureShare > 0) {
            tags.add("flaky " + Math.round(failureShare * 100) + " %");
        }
        return String.join(", ", tags);
    }
}
