package dev.orrery.runtime.export;

/// Memory request and limit of one container, in MiB.
///
/// The request is the measured RSS plus a quarter (rounded up to 32 MiB), so that a scheduler never packs instances
/// tighter than they run; the limit is twice the request, leaving room for a JVM whose heap is sized as a share of
/// the limit (`-XX:MaxRAMPercentage`) and for load the measurement did not see.
public record MemoryBudget(int requestMebibytes, int limitMebibytes) {

    private static final int STEP = 32;

    public MemoryBudget {
        if (requestMebibytes <= 0 || limitMebibytes < requestMebibytes) {
            throw new IllegalArgumentException(
                    "memory request " + requestMebibytes + " MiB and limit " + limitMebibytes + " MiB do not fit");
        }
    }

    public static MemoryBudget forResident(int residentMebibytes) {
        var withHeadroom = residentMebibytes + (residentMebibytes + 3) / 4;
        var request = Math.max(STEP, (withHeadroom + STEP - 1) / STEP * STEP);
        return new MemoryBudget(request, 2 * request);
    }

    /// The Kubernetes quantity of the request, e.g. `288Mi`.
    public String request() {
        return requestMebibytes + "Mi";
    }

    public String limit() {
        return limitMebibytes + "Mi";
    }
}
