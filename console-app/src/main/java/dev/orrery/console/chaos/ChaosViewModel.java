package dev.orrery.console.chaos;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/// What the Chaos menu can aim at and does: the processes of the running cluster, and the faults injected into
/// them. The runtime does the work off the JavaFX thread; failures go to the window's problem bar.
public final class ChaosViewModel {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final Consumer<String> problem;

    /// @param problem shows a message in the window's problem bar; called on the JavaFX thread
    public ChaosViewModel(Cluster cluster, UiPulse pulse, Consumer<String> problem) {
        this.cluster = cluster;
        this.pulse = pulse;
        this.problem = problem;
    }

    /// Every process a fault can aim at now, in table order; empty while no cluster runs.
    public List<Target> targets() {
        var state = cluster.snapshot().state();
        if (state != ClusterState.RUNNING && state != ClusterState.DEGRADED) {
            return List.of();
        }
        var faults = cluster.activeFaults();
        return cluster.snapshot().instances().stream()
                .map(i -> target(i, faults.getOrDefault(i.id(), ActiveFaults.NONE)))
                .toList();
    }

    private static Target target(InstanceSnapshot instance, ActiveFaults faults) {
        var id = instance.id().toString();
        return new Target(
                id,
                faults.isNone() ? id : id + " (" + faults.describe() + ")",
                instance.state().isRunning() && instance.state() != InstanceState.STOPPING,
                faults.paused(),
                !faults.isNone(),
                servesHttp(instance));
    }

    private static boolean servesHttp(InstanceSnapshot instance) {
        return switch (instance.kind()) {
            case SERVICE, GATEWAY, REGISTRY -> true;
            case DATABASE, COMMAND -> false;
        };
    }

    public void kill(String id) {
        inject(new Fault.Kill(InstanceId.parse(id)));
    }

    public void pause(String id) {
        inject(new Fault.Pause(InstanceId.parse(id)));
    }

    public void resume(String id) {
        inject(new Fault.Resume(InstanceId.parse(id)));
    }

    public void slow(String id, long latencyMs) {
        inject(new Fault.Slow(InstanceId.parse(id), latencyMs));
    }

    public void flaky(String id, double share) {
        inject(new Fault.Flaky(InstanceId.parse(id), share));
    }

    public void heal(String id) {
        report(cluster.heal(InstanceId.parse(id)), "heal " + id);
    }

    private void inject(Fault fault) {
        report(cluster.inject(fault), fault.describe().replaceFirst(" \\(.*", "") + " " + fault.target());
    }

    private void report(CompletableFuture<Void> work, String what) {
        work.whenComplete((ok, failure) -> {
            if (failure != null) {
                var cause = failure.getCause() != null ? failure.getCause() : failure;
                pulse.post(() -> problem.accept("Chaos: could not " + what + ": " + cause.getMessage()));
            }
        });
    }

    /// One process in the Chaos menu, display-ready.
    ///
    /// @param label e.g. `heroes-service-1 (slow 800 ms)` or `gateway`
    /// @param running a process exists that a signal can reach
    /// @param faulted it has a fault that heal would undo
    /// @param servesHttp whether slow and flaky can apply (a built-in Java component with the control endpoint)
    public record Target(
            String id, String label, boolean running, boolean paused, boolean faulted, boolean servesHttp) {}
}
