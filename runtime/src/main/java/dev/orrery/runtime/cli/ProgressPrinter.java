package dev.orrery.runtime.cli;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceId;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Prints one line per instance state change while `orrery up` runs: `STARTING`, `UP in 2.3 s`, crashes with the
/// last lines the process wrote.
final class ProgressPrinter implements ClusterListener {
    private static final int LAST_LINES = 4;

    private final PrintWriter out;
    private final Map<InstanceId, Instant> startedAt = new ConcurrentHashMap<>();

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(ClusterEvent event) {
        if (event instanceof ClusterEvent.InstanceStateChanged change) {
            print(change);
        } else if (event instanceof ClusterEvent.ClusterStateChanged change
                && change.current() == ClusterState.DEGRADED) {
            line("cluster", "DEGRADED  " + change.message());
        }
    }

    private void print(ClusterEvent.InstanceStateChanged change) {
        InstanceId id = change.instance();
        switch (change.current()) {
            case STARTING -> {
                startedAt.put(id, change.time());
                line(id.toString(), "STARTING");
            }
            case UP -> line(id.toString(), "UP" + since(id, change.time()));
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

    private String since(InstanceId id, Instant now) {
        Instant started = startedAt.get(id);
        if (started == null) {
            return "";
        }
        return " in %.1f s".formatted(Duration.between(started, now).toMillis() / 1000.0);
    }

    private void line(String who, String what) {
        out.printf("  %-22s %s%n", who, what);
        out.flush();
    }
}
