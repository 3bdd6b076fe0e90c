package dev.orrery.console.cluster;

import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.Units;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.ComponentSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/// Turns a cluster snapshot into the rows of the cluster table, with the reasons why a command cannot act now.
final class ClusterRows {

    private ClusterRows() {}

    static List<ComponentRow> of(ClusterSnapshot snapshot, Instant now) {
        return of(snapshot, Map.of(), now);
    }

    /// With the injected faults shown in the state column: `PAUSED`, `UP · slow 800 ms, flaky 30 %`.
    static List<ComponentRow> of(ClusterSnapshot snapshot, Map<InstanceId, ActiveFaults> faults, Instant now) {
        var running = snapshot.state() == ClusterState.RUNNING || snapshot.state() == ClusterState.DEGRADED;
        return snapshot.components().stream()
                .map(c -> component(c, running, snapshot, faults, now))
                .toList();
    }

    private static ComponentRow component(
            ComponentSnapshot component,
            boolean running,
            ClusterSnapshot snapshot,
            Map<InstanceId, ActiveFaults> faults,
            Instant now) {
        var scalable = component.kind() == ComponentKind.SERVICE || component.kind() == ComponentKind.COMMAND;
        var notRunning = running ? "" : "Start the cluster first";
        var whyNoDown = !notRunning.isEmpty()
                ? notRunning
                : component.desiredInstances() == 0 ? "No instance left to remove" : "";
        var single = component.instances().size() == 1 && !scalable;
        return new ComponentRow(
                component.id(),
                title(component, snapshot),
                single ? Integer.toString(component.instances().getFirst().port()) : "",
                component.desiredInstances(),
                scalable,
                notRunning,
                whyNoDown,
                component.instances().stream()
                        .map(i -> instance(i, faults.getOrDefault(i.id(), ActiveFaults.NONE), now))
                        .toList());
    }

    private static String title(ComponentSnapshot component, ClusterSnapshot snapshot) {
        return switch (component.kind()) {
            case DATABASE ->
                component.id() + " · MongoDB"
                        + snapshot.database().map(d -> " (" + d.name() + ")").orElse("");
            case REGISTRY -> component.id() + " · Eureka";
            case GATEWAY -> component.id() + " · Spring Cloud Gateway";
            case SERVICE -> component.id();
            case COMMAND -> component.id() + " · own program";
        };
    }

    static InstanceRow instance(InstanceSnapshot i, Instant now) {
        return instance(i, ActiveFaults.NONE, now);
    }

    static InstanceRow instance(InstanceSnapshot i, ActiveFaults faults, Instant now) {
        var state = i.state();
        return new InstanceRow(
                i.id().toString(),
                i.id().componentId(),
                faults.paused() && state.isRunning() ? Tone.WARN : Tone.of(state),
                withFaults(stateText(i, now), faults, state),
                Integer.toString(i.port()),
                i.pid().isPresent() ? Long.toString(i.pid().getAsLong()) : "—",
                i.uptime().map(Units::duration).orElse("—"),
                i.residentMemoryBytes().isPresent()
                        ? Units.bytes(i.residentMemoryBytes().getAsLong())
                        : "—",
                Integer.toString(i.restarts()),
                state == InstanceState.STOPPED || state == InstanceState.CRASHED ? "" : "It is running already",
                switch (state) {
                    case STARTING, UP, UNHEALTHY -> "";
                    case STOPPING -> "It is stopping already";
                    case STOPPED, CRASHED -> "It is not running";
                },
                state == InstanceState.UP || state == InstanceState.UNHEALTHY ? "" : "Only a running instance restarts",
                state.isRunning() ? "" : "It is not running",
                i.url());
    }

    /// A paused process reads PAUSED (its health check fails, so it would read UNHEALTHY); slow and flaky are tags.
    private static String withFaults(String text, ActiveFaults faults, InstanceState state) {
        if (faults.isNone() || !state.isRunning()) {
            return text;
        }
        var tags = faults.withPaused(false).describe();
        var base = faults.paused() ? "PAUSED" : text;
        return tags.isEmpty() ? base : base + " · " + tags;
    }

    private static String stateText(InstanceSnapshot i, Instant now) {
        return switch (i.state()) {
            case STARTING ->
                "STARTING · "
                        + i.startedAt()
                                .map(t -> Units.duration(Duration.between(t, now)))
                                .orElse("…");
            case CRASHED ->
                "CRASHED"
                        + (i.lastExitCode().isPresent()
                                ? " · exit " + i.lastExitCode().getAsInt()
                                : "");
            default -> i.state().name();
        };
    }
}
