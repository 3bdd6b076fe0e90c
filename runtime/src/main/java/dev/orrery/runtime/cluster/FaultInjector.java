package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.fault.ServiceFaultClient;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/// Carries out injected faults on the processes of one run and remembers which are active, so that they can be
/// shown and healed. Every fault and heal becomes a [ClusterEvent] and a `[orrery]` line in the instance's log.
///
/// Slow and flaky live in the instance's process: when it ends (crash, kill, stop) they end with it.
final class FaultInjector {

    private final ClusterRun run;
    private final ServiceFaultClient services;
    private final Consumer<ClusterEvent> publish;
    private final Map<InstanceId, ActiveFaults> active = new ConcurrentHashMap<>();

    FaultInjector(ClusterRun run, ServiceFaultClient services, Consumer<ClusterEvent> publish) {
        this.run = run;
        this.services = services;
        this.publish = publish;
    }

    /// Blocks for a moment at most (a signal, or one local HTTP call); throws [IllegalArgumentException] for an
    /// unknown instance and [IllegalStateException] when the fault cannot apply to it now.
    void inject(Fault fault) {
        var id = fault.target();
        var process = process(id);
        switch (fault) {
            case Fault.Kill _ -> {
                process.note(fault.describe() + " by user");
                process.kill();
            }
            case Fault.Pause _ -> {
                process.pause();
                update(id, f -> f.withPaused(true));
            }
            case Fault.Resume _ -> {
                process.resume();
                update(id, f -> f.withPaused(false));
            }
            case Fault.Slow slow -> applyServiceFault(id, current(id).withLatency(slow.latencyMs()));
            case Fault.Flaky flaky -> applyServiceFault(id, current(id).withFailureShare(flaky.share()));
        }
        if (!(fault instanceof Fault.Kill)) {
            process.note(fault.describe() + " by user");
        }
        publish.accept(new ClusterEvent.FaultInjected(Instant.now(), id, fault, current(id)));
    }

    /// Undoes every fault of the instance: resumes it when paused, ends slow and flaky.
    void heal(InstanceId id) {
        var process = process(id);
        var before = current(id);
        if (before.paused() || process.paused()) {
            process.resume();
        }
        if (before.hasServiceFault()) {
            services.clear(port(id));
        }
        active.remove(id);
        process.note("healed by user" + (before.isNone() ? " (had no fault)" : " (was " + before.describe() + ")"));
        publish.accept(new ClusterEvent.FaultHealed(Instant.now(), id, before));
    }

    /// The process ended, and its faults with it.
    void ended(InstanceId id) {
        var before = active.remove(id);
        if (before != null && !before.isNone()) {
            publish.accept(new ClusterEvent.FaultHealed(Instant.now(), id, before));
        }
    }

    /// Active faults by instance; instances without a fault are left out.
    Map<InstanceId, ActiveFaults> active() {
        return Map.copyOf(active);
    }

    private void applyServiceFault(InstanceId id, ActiveFaults wanted) {
        var kind = run.plan(id).map(InstancePlan::kind).orElseThrow();
        if (kind == ComponentKind.DATABASE || kind == ComponentKind.COMMAND) {
            throw new IllegalStateException(id + " is a " + kind.name().toLowerCase(Locale.ROOT)
                    + ": slow and flaky need a built-in service with the fault control endpoint; kill or pause it"
                    + " instead");
        }
        services.apply(port(id), wanted.latencyMs(), wanted.failureShare());
        active.put(id, wanted);
    }

    private ActiveFaults current(InstanceId id) {
        return active.getOrDefault(id, ActiveFaults.NONE);
    }

    private void update(InstanceId id, UnaryOperator<ActiveFaults> change) {
        active.compute(id, (_, f) -> {
            var next = change.apply(f == null ? ActiveFaults.NONE : f);
            return next.isNone() ? null : next;
        });
    }

    private SupervisedProcess process(InstanceId id) {
        return run.process(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No instance '" + id + "' in the running cluster; see 'orrery status' for the instances"));
    }

    private int port(InstanceId id) {
        return run.plan(id).map(InstancePlan::port).orElseThrow();
    }
}
