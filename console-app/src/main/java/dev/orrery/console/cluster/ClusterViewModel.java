package dev.orrery.console.cluster;

import dev.orrery.console.logs.SpringLogPrefix;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.console.ui.Units;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The cluster table's state and commands. Listens to the cluster on the event thread, rebuilds the rows from the
/// cluster's snapshot there, and hands them to the JavaFX thread through the pulse (newest wins).
public final class ClusterViewModel implements ClusterListener, AutoCloseable {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final ObservableList<ComponentRow> components = FXCollections.observableArrayList();
    private final StringProperty caption = new SimpleStringProperty("");
    private final ObjectProperty<Optional<CrashNote>> crash = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty problem = new SimpleStringProperty("");
    // Instances the user killed from the console, so that their end is not reported as a crash.
    private final Set<String> killed = ConcurrentHashMap.newKeySet();
    private Subscription subscription = () -> {};

    public ClusterViewModel(Cluster cluster, UiPulse pulse) {
        this.cluster = cluster;
        this.pulse = pulse;
    }

    public void attach() {
        subscription = cluster.subscribe(this);
    }

    @Override
    public void onEvent(ClusterEvent event) {
        switch (event) {
            case ClusterEvent.InstanceLog log -> {
                return;
            }
            case ClusterEvent.TrafficObserved traffic -> {
                return;
            }
            case ClusterEvent.TrafficAggregated traffic -> {
                return;
            }
            case ClusterEvent.InstanceStateChanged changed
            when changed.current() == InstanceState.CRASHED -> {
                var note = crashNote(changed, killed.remove(changed.instance().toString()));
                pulse.post(() -> crash.set(Optional.of(note)));
            }
            case ClusterEvent.InstanceStateChanged changed
            when changed.current() == InstanceState.UP -> {
                var id = changed.instance().toString();
                pulse.post(() -> clearCrashOf(id));
            }
            case ClusterEvent.InstanceStateChanged changed
            when changed.current() == InstanceState.STARTING && changed.previous() == InstanceState.CRASHED -> {
                var id = changed.instance().toString();
                pulse.post(() -> crash.set(crash.get().map(n -> n.instanceId().equals(id) ? n.restartingNow() : n)));
            }
            case ClusterEvent.ClusterStateChanged changed
            when changed.current() == ClusterState.STARTING || changed.current() == ClusterState.STOPPING -> {
                killed.clear();
                pulse.post(this::dismissCrash);
            }
            default -> {}
        }
        refresh();
    }

    private void clearCrashOf(String instanceId) {
        if (crash.get().filter(n -> n.instanceId().equals(instanceId)).isPresent()) {
            crash.set(Optional.empty());
        }
    }

    static CrashNote crashNote(ClusterEvent.InstanceStateChanged changed, boolean killedByUser) {
        var code = changed.exitCode();
        var redundant = code.isPresent() && changed.reason().equals("exited with code " + code.getAsInt());
        var reason = changed.reason().isBlank() || redundant ? "" : " — " + changed.reason();
        var lines = changed.lastLines();
        var tail = lines.subList(Math.max(0, lines.size() - 4), lines.size());
        return new CrashNote(
                changed.instance().toString(),
                changed.instance() + ended(code, killedByUser) + reason,
                String.join("\n", tail.stream().map(SpringLogPrefix::strip).toList()));
    }

    /// How the process ended: 128 + a signal number is how a process killed by that signal exits.
    static String ended(OptionalInt code, boolean killedByUser) {
        if (code.isEmpty()) {
            return killedByUser ? " was killed" : " crashed";
        }
        int exit = code.getAsInt();
        var signal = exit == 137 ? "SIGKILL" : exit == 143 ? "SIGTERM" : "";
        if (killedByUser) {
            return " was killed (" + (signal.isEmpty() ? "" : signal + ", ") + "exit " + exit + ")";
        }
        if (signal.isEmpty()) {
            return " crashed (exit " + exit + ")";
        }
        return " crashed: " + (exit == 137 ? "killed" : "stopped") + " (" + signal + ", exit " + exit + ")";
    }

    /// Rebuilds the rows from the cluster's current snapshot; cheap, called on events and once a second.
    public void refresh() {
        var snapshot = cluster.snapshot();
        var rows = ClusterRows.of(snapshot, cluster.activeFaults(), Instant.now());
        var text = caption(snapshot);
        pulse.postLatest(this, () -> {
            // The same rows again (nothing changed since the last second) notify no one.
            if (!components.equals(rows)) {
                components.setAll(rows);
            }
            caption.set(text);
        });
    }

    private static String caption(dev.orrery.runtime.cluster.ClusterSnapshot snapshot) {
        if (snapshot.topologyName().isEmpty()) {
            return "No cluster running: pick a topology above and press Start cluster (F5)";
        }
        var name = "Topology " + snapshot.topologyName().get();
        var gateway = snapshot.addresses()
                .gateway()
                .map(g -> " · gateway at " + Units.hostPort(g))
                .orElse("");
        return name + " · cluster " + snapshot.state().name().toLowerCase(java.util.Locale.ROOT) + gateway;
    }

    public void start(String instanceId) {
        run(instanceId, cluster::startInstance, "start");
    }

    public void stop(String instanceId) {
        run(instanceId, cluster::stopInstance, "stop");
    }

    public void restart(String instanceId) {
        run(instanceId, cluster::restartInstance, "restart");
    }

    /// Kills the instance's process at once (SIGKILL), as a crash would.
    public void kill(String instanceId) {
        killed.add(instanceId);
        run(instanceId, cluster::killInstance, "kill");
    }

    /// Adds (`delta` 1) or removes (`delta` -1) one instance of a service.
    public void scale(String serviceId, int delta) {
        var current = cluster.snapshot()
                .component(serviceId)
                .map(c -> c.desiredInstances())
                .orElse(0);
        var target = Math.max(0, current + delta);
        report(cluster.scale(serviceId, target), "scale " + serviceId + " to " + target);
    }

    private void run(String instanceId, Function<InstanceId, CompletableFuture<Void>> command, String verb) {
        report(command.apply(InstanceId.parse(instanceId)), verb + " " + instanceId);
    }

    private void report(CompletableFuture<Void> work, String what) {
        pulse.post(() -> problem.set(""));
        work.whenComplete((ok, failure) -> {
            if (failure != null) {
                var cause = failure.getCause() != null ? failure.getCause() : failure;
                pulse.post(() -> problem.set("Could not " + what + ": " + cause.getMessage()));
            }
            refresh();
        });
    }

    /// Hides the crash banner (the user dismissed it, the instance is UP again, or the cluster starts or stops).
    public void dismissCrash() {
        crash.set(Optional.empty());
    }

    public ObservableList<ComponentRow> components() {
        return components;
    }

    /// e.g. "Topology tokens · cluster running · gateway at 127.0.0.1:8080".
    public StringProperty captionProperty() {
        return caption;
    }

    /// The last crash, until dismissed.
    public ObjectProperty<Optional<CrashNote>> crashProperty() {
        return crash;
    }

    /// Why the last command failed; empty when it did not.
    public StringProperty problemProperty() {
        return problem;
    }

    /// Every instance row, in table order (for tests and the self-test).
    public List<InstanceRow> instances() {
        return components.stream().flatMap(c -> c.instances().stream()).toList();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
