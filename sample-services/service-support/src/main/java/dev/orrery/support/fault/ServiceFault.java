package dev.orrery.support.fault;

/// What this instance does wrong on purpose: added latency before each answer, and the share of requests answered
/// with a 500 problem instead.
///
/// @param latencyMs milliseconds added to every request, 0 for none, at most [#MAX_LATENCY_MS]
/// @param failureShare share of requests that fail, from 0 (none) to 1 (all)
public record ServiceFault(long latencyMs, double failureShare) {

    /// One minute: longer would only hold requests until the caller's own timeout.
    public static final long MAX_LATENCY_MS = 60_000;

    /// No fault: the instance behaves normally.
    public static final ServiceFault NONE = new ServiceFault(0, 0);

    public ServiceFault {
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latencyMs must be from 0 to " + MAX_LATENCY_MS + ", was " + latencyMs);
        }
        if (!(failureShare >= 0 && failureShare <= 1)) {
            throw new IllegalArgumentException("failureShare must be from 0 to 1, was " + failureShare);
        }
    }

    public boolean isNone() {
        return latencyMs == 0 && failureShare == 0;
    }

    /// For logs: `slow 800 ms, flaky 30 %`, or `none`.
    public String describe() {
        if (isNone()) {
            return "none";
        }
        var slow = latencyMs > 0 ? "slow " + latencyMs + " ms" : "";
        var flaky = failureShare > 0 ? "flaky " + Math.round(failureShare * 100) + " %" : "";
        return slow.isEmpty() || flaky.isEmpty() ? slow + flaky : slow + ", " + flaky;
    }
}
