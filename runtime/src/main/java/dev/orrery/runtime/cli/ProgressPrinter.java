package dev.orrery.runtime.cli;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Prints one line per change the user should know of while `orrery up` runs: instance states (`STARTING`,
/// `UP in 2.3 s`, crashes with the last lines the process wrote), the cluster turning DEGRADED and RUNNING again,
/// and every fault injected or healed.
final class ProgressPrinter implements ClusterListener {
    private static final int LAST_LINES = 4;

    private final PrintWriter out;
    private final Map<InstanceId, InstanceState> states = new ConcurrentHashMap<>();
    private final Map<InstanceId, Instant> startedAt = new ConcurrentHashMap<>();
    private final Map<InstanceId, Instant> leftUpAt = new ConcurrentHashMap<>();
    private volatile ClusterState shown = ClusterState.STOPPED;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(ClusterEvent event) {
        switch (event) {
            case ClusterEvent.InstanceStateChanged change -> print(change);
            case ClusterEvent.ClusterStateChanged change -> print(change);
            case ClusterEvent.FaultInjected fault ->
                line(fault.instance().toString(), "fault: " + fault.fault().describe());
            case ClusterEvent.FaultHealed healed -> print(healed);
            case ClusterEvent.InstancesChanged change -> change.removed().forEach(this::forget);
            case ClusterEvent.StartProgress _,
                    ClusterEvent.InstanceLog _,
                    ClusterEvent.RegistryChanged _,
                    ClusterEvent.TrafficObserved _,
                    ClusterEvent.TrafficAggregated _,
                    ClusterEvent.PortProblem _ -> {
                // Start progress, logs, registry content and traffic have their own commands and views.
            }
        }
    }

    private void print(ClusterEvent.InstanceStateChanged change) {
        InstanceId id = change.instance();
        states.put(id, change.current());
        if (change.previous() == InstanceState.UP) {
            leftUpAt.put(id, change.time());
        }
        switch (change.current()) {
            case STARTING -> {
                startedAt.put(id, change.time());
                line(id.toString(), "STARTING");
            }
            case UP -> line(id.toString(), "UP" + upSince(id, change.previous(), change.time()));
            case CRASHED -> {
                line(id.toString(), "CRASHED  " + change.reason());
                List<String> last = change.lastLines();
                last.subList(Math.max(0, last.size() - LAST_LINES), last.size())
                        .forEach(l -> out.println("      | " + l));
            }
            default ->
                line(id.toString(), change.current() + (change.reason().isBlank() ? "" : "  " + change.reason()));
        }
        out.flush();
    }

    /// A real (re)start is timed from that start; an instance that comes back without one (resumed, recovered
    /// from UNHEALTHY) is timed from when it left UP, since its process's start is not what the user did.
    private String upSince(InstanceId id, InstanceState previous, Instant now) {
        if (previous == InstanceState.STARTING) {
            Instant started = startedAt.get(id);
            return started == null ? "" : " in " + seconds(started, now);
        }
        Instant left = leftUpAt.remove(id);
        return left == null ? " again" : " again after " + seconds(left, now);
    }

    /// Only real changes between RUNNING and DEGRADED are printed, each once; the start's own RUNNING is told by
    /// the table that follows it.
    private void print(ClusterEvent.ClusterStateChanged change) {
        ClusterState before = shown;
        shown = change.current();
        if (change.current() == before) {
            return;
        }
        if (change.current() == ClusterState.DEGRADED) {
            line("cluster", "DEGRADED: " + upCount() + reason(change.message()));
        } else if (change.current() == ClusterState.RUNNING && before == ClusterState.DEGRADED) {
            line("cluster", "RUNNING again: " + upCount());
        }
    }

    private void print(ClusterEvent.FaultHealed healed) {
        ActiveFaults faults = healed.healed();
        String id = healed.instance().toString();
        InstanceState state = states.getOrDefault(healed.instance(), InstanceState.UP);
        if (state == InstanceState.CRASHED || state == InstanceState.STOPPED) {
            line(id, "faults ended with its process (was " + faults.describe() + ")");
        } else {
            line(id, "healed" + (faults.isNone() ? " (had no fault)" : " (was " + faults.describe() + ")"));
        }
    }

    private String upCount() {
        long up = states.values().stream().filter(s -> s == InstanceState.UP).count();
        return up + " of " + states.size() + " UP";
    }

    private static String reason(String message) {
        return message.isBlank() ? "" : " (" + message + ")";
    }

    private void forget(InstanceId id) {
        states.remove(id);
        startedAt.remove(id);
        leftUpAt.remove(id);
    }

    private static String seconds(Instant from, Instant to) {
        return String.format(Locale.ROOT, "%.1f s", Duration.between(from, to).toMillis() / 1000.0);
    }

    private void line(String who, String what) {
        out.printf("  %-22s %s%n", who, what);
        out.flush();
    }
}
