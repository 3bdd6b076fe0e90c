package dev.orrery.console.timeline;

import dev.orrery.console.ui.Tone;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// Turns cluster events into the timeline: spans for injected faults (from injection to heal or recovery) and for
/// outages (an instance not UP), markers for restarts by policy, and the same events as text.
///
/// Holds only what the view can show: spans and markers of the last [#RETENTION], at most [#MAX_SPANS] spans,
/// [#MAX_MARKERS] markers and [#MAX_ENTRIES] lines, so memory stays bounded however long the cluster runs.
/// Thread-safe: events arrive on the subscription's thread, pictures are taken from others.
public final class TimelineRecorder {

    /// How much time the axis shows unless the user chooses another of [#WINDOWS].
    public static final Duration WINDOW = Duration.ofMinutes(5);
    /// The time spans a user can choose for the axis.
    public static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(1), WINDOW, Duration.ofMinutes(10));
    /// How long spans and markers are kept after they end: the widest window.
    public static final Duration RETENTION = Duration.ofMinutes(10);

    public static final int MAX_SPANS = 600;
    public static final int MAX_MARKERS = 300;
    public static final int MAX_ENTRIES = 500;

    private static final List<SpanKind> FAULTS = List.of(SpanKind.PAUSED, SpanKind.SLOW, SpanKind.FLAKY);

    private final SpanStore spans = new SpanStore(MAX_SPANS);
    private final Deque<TimelineMarker> markers = new ArrayDeque<>();
    private final Deque<TimelineEntry> entries = new ArrayDeque<>();
    private final Map<InstanceId, Lane> lanes = new TreeMap<>(TimelineRecorder::laneOrder);
    private ClusterState cluster = ClusterState.STOPPED;
    private long nextMarker;

    /// What the recorder knows of one instance.
    private static final class Lane {
        InstanceState state = InstanceState.STOPPED;
        boolean wasUp;
        boolean removed;
    }

    /// Takes one event in; returns whether the timeline changed.
    public synchronized boolean accept(ClusterEvent event) {
        return switch (event) {
            case ClusterEvent.ClusterStateChanged changed -> clusterChanged(changed);
            case ClusterEvent.InstanceStateChanged changed -> instanceChanged(changed);
            case ClusterEvent.FaultInjected injected -> faultInjected(injected);
            case ClusterEvent.FaultHealed healed -> faultHealed(healed);
            case ClusterEvent.InstancesChanged changed -> instancesChanged(changed);
            default -> false;
        };
    }

    /// Starts from a cluster as it is now, e.g. one this console attached to while it ran: instances not UP get an
    /// open outage and active faults an open span, each from `time`, since nobody here saw them begin.
    public synchronized void seed(
            ClusterState state,
            Map<InstanceId, InstanceState> instances,
            Map<InstanceId, ActiveFaults> faults,
            Instant time) {
        cluster = state;
        var live = state == ClusterState.RUNNING || state == ClusterState.DEGRADED;
        var text = "already so when the timeline began";
        instances.forEach((id, instanceState) -> {
            var lane = lane(id);
            lane.state = instanceState;
            lane.wasUp |= instanceState == InstanceState.UP;
            if (live
                    && instanceState != InstanceState.UP
                    && spans.openSpan(id.toString(), SpanKind.OUTAGE).isEmpty()) {
                lane.wasUp = true;
                openOutage(id.toString(), instanceState, time, text);
            }
        });
        faults.forEach((id, active) -> reconcile(id.toString(), active, time, text));
    }

    private boolean clusterChanged(ClusterEvent.ClusterStateChanged changed) {
        if (changed.previous() == changed.current()) {
            cluster = changed.current();
            return false;
        }

        cluster = changed.current();
        var text = changed.previous() + " → " + changed.current() + ": " + changed.message();
        entry(changed.time(), "cluster", text, OutageLabels.tone(changed.current()));
        if (!live()) {
            spans.closeEverything(
                    changed.time(), "cluster " + changed.current().name().toLowerCase());
        }
        return true;
    }

    private boolean instanceChanged(ClusterEvent.InstanceStateChanged changed) {
        var id = changed.instance().toString();
        var lane = lane(changed.instance());
        lane.state = changed.current();
        var text = OutageLabels.describe(changed);
        entry(changed.time(), id, text, Tone.of(changed.current()));
        if (changed.current() == InstanceState.UP) {
            lane.wasUp = true;
            spans.closeAll(id, List.of(SpanKind.OUTAGE, SpanKind.KILLED), changed.time(), text);
        } else if (outageShows(id, lane, changed.current())) {
            openOutage(id, changed.current(), changed.time(), text);
        }
        if (OutageLabels.restartByPolicy(changed)) {
            marker(changed, id);
        }
        return true;
    }

    /// A crash always counts; other states only once the instance had been UP (not its first start) and while the
    /// cluster is not being stopped as a whole.
    private boolean outageShows(String id, Lane lane, InstanceState state) {
        if (state == InstanceState.CRASHED) {
            return true;
        }
        return live() && (lane.wasUp || spans.openSpan(id, SpanKind.OUTAGE).isPresent());
    }

    /// Opens the outage span for this state; one that already says the same (stopping, then stopped) goes on.
    private void openOutage(String id, InstanceState state, Instant time, String text) {
        var label = OutageLabels.label(state);
        if (spans.openSpan(id, SpanKind.OUTAGE)
                .filter(s -> s.label().equals(label))
                .isPresent()) {
            return;
        }
        spans.open(id, SpanKind.OUTAGE, label, Tone.of(state), time, text);
    }

    private void marker(ClusterEvent.InstanceStateChanged changed, String id) {
        var label = OutageLabels.restartLabel(changed.reason());
        markers.addLast(new TimelineMarker(
                nextMarker++, id, changed.time(), label, "restarted by its restart policy: " + changed.reason()));
        while (markers.size() > MAX_MARKERS) {
            markers.removeFirst();
        }
    }

    private static int kinds(ActiveFaults active) {
        return (active.paused() ? 1 : 0) + (active.latencyMs() > 0 ? 1 : 0) + (active.failureShare() > 0 ? 1 : 0);
    }

    private boolean faultInjected(ClusterEvent.FaultInjected injected) {
        var id = injected.instance().toString();
        lane(injected.instance());
        // "now …" tells what is in force when faults add up (paused and slow at once); for one, it would only repeat.
        var text = injected.fault().describe()
                + (kinds(injected.active()) > 1 ? " · now " + injected.active().describe() : "");
        entry(injected.time(), id, text, injected.fault() instanceof Fault.Resume ? Tone.GOOD : Tone.WARN);
        if (injected.fault() instanceof Fault.Kill) {
            spans.closeAll(id, FAULTS, injected.time(), "process killed");
            spans.open(id, SpanKind.KILLED, "killed", Tone.BAD, injected.time(), text);
            return true;
        }
        reconcile(id, injected.active(), injected.time(), text);
        return true;
    }

    /// Makes the lane's open fault spans match what the process has now.
    private void reconcile(String id, ActiveFaults active, Instant time, String text) {
        fit(id, SpanKind.PAUSED, active.paused() ? "paused" : "", time, text);
        fit(id, SpanKind.SLOW, active.latencyMs() > 0 ? "slow +" + active.latencyMs() + " ms" : "", time, text);
        fit(id, SpanKind.FLAKY, active.failureShare() > 0 ? flaky(active.failureShare()) : "", time, text);
    }

    private static String flaky(double share) {
        return "flaky " + Math.round(share * 100) + " %";
    }

    /// Opens, replaces or closes the lane's span of one kind so that it says `label` (empty: no such fault).
    private void fit(String id, SpanKind kind, String label, Instant time, String text) {
        var current = spans.openSpan(id, kind).map(TimelineSpan::label).orElse("");
        if (current.equals(label)) {
            return;
        }
        if (label.isEmpty()) {
            spans.close(id, kind, time, text);
            return;
        }
        spans.open(id, kind, label, kind.tone(), time, text);
    }

    private boolean faultHealed(ClusterEvent.FaultHealed healed) {
        var id = healed.instance().toString();
        var text = healed.healed().isNone()
                ? "healed"
                : "healed: " + healed.healed().describe();
        entry(healed.time(), id, text, Tone.GOOD);
        spans.closeAll(id, FAULTS, healed.time(), text);
        return true;
    }

    private boolean instancesChanged(ClusterEvent.InstancesChanged changed) {
        for (var id : changed.added()) {
            lane(id).removed = false;
            entry(changed.time(), id.toString(), "added (scale up)", Tone.BUSY);
        }
        for (var id : changed.removed()) {
            lane(id).removed = true;
            spans.closeAll(id.toString(), List.of(SpanKind.values()), changed.time(), "removed (scale down)");
            entry(changed.time(), id.toString(), "removed (scale down)", Tone.IDLE);
        }
        return true;
    }

    /// The timeline of the default window as it is at `now`; also forgets what has left the retention.
    public TimelinePicture picture(Instant now) {
        return picture(now, WINDOW);
    }

    /// The timeline of the `window` ending at `now` (at most [#RETENTION]); also forgets what has left the retention.
    public synchronized TimelinePicture picture(Instant now, Duration window) {
        var shown = window.compareTo(RETENTION) > 0 ? RETENTION : window;
        var from = now.minus(shown);
        forgetBefore(now.minus(RETENTION));
        return new TimelinePicture(
                now,
                shown,
                lanes.keySet().stream().map(InstanceId::toString).toList(),
                spans.since(from),
                markers.stream().filter(m -> !m.time().isBefore(from)).toList(),
                List.copyOf(entries));
    }

    private void forgetBefore(Instant limit) {
        spans.forgetBefore(limit);
        markers.removeIf(m -> m.time().isBefore(limit));
        Set<InstanceId> gone = new HashSet<>();
        lanes.forEach((id, lane) -> {
            if (lane.removed && !spans.hasOpen(id.toString()) && !spans.hasSpans(id.toString(), limit)) {
                gone.add(id);
            }
        });
        lanes.keySet().removeAll(gone);
    }

    private void entry(Instant time, String lane, String text, Tone tone) {
        entries.addLast(new TimelineEntry(time, lane, text, tone));
        while (entries.size() > MAX_ENTRIES) {
            entries.removeFirst();
        }
    }

    private Lane lane(InstanceId id) {
        return lanes.computeIfAbsent(id, i -> new Lane());
    }

    private boolean live() {
        return cluster == ClusterState.RUNNING || cluster == ClusterState.DEGRADED || cluster == ClusterState.STARTING;
    }

    /// Registry, gateway and database first, then the services by name and number, as in the cluster table.
    private static int laneOrder(InstanceId a, InstanceId b) {
        var byRank = Integer.compare(rank(a), rank(b));
        return byRank != 0 ? byRank : a.compareTo(b);
    }

    private static int rank(InstanceId id) {
        return switch (id.componentId()) {
            case "registry" -> 0;
            case "gateway" -> 1;
            case "database" -> 2;
            default -> 3;
        };
    }
}
