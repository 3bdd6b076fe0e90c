package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/// Changes the instance count of one service at run time: new instances get the next numbers and free ports and
/// are started; surplus ones (highest numbers first) are stopped and forgotten.
final class Scaler {

    private final ClusterRun run;
    private final String serviceId;
    private final Consumer<ClusterEvent> publish;

    Scaler(ClusterRun run, String serviceId, Consumer<ClusterEvent> publish) {
        this.run = run;
        this.serviceId = serviceId;
        this.publish = publish;
    }

    void scale(int count) {
        var service = run.topology()
                .service(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("No service '" + serviceId
                        + "' in the topology; services: "
                        + run.topology().services().stream().map(s -> s.id()).toList()));
        if (count < 0 || count > service.maxInstances()) {
            throw new IllegalArgumentException(
                    "Cannot scale " + serviceId + " to " + count + "; use 0 to " + service.maxInstances());
        }
        if (service.port().isPresent() && count > 1) {
            throw new IllegalArgumentException(serviceId + " has a fixed port, so it can run only one instance");
        }
        var current = run.instances(serviceId);
        run.setDesired(serviceId, count);
        if (count > current.size()) {
            grow(service, current, count);
        } else if (count < current.size()) {
            shrink(current, count);
        }
    }

    private void grow(dev.orrery.runtime.topology.ServiceSpec service, List<InstancePlan> current, int count) {
        var taken = new HashSet<>(run.ports());
        var next = current.stream().mapToInt(p -> p.id().ordinal()).max().orElse(0) + 1;
        var added = new ArrayList<InstanceId>();
        var starts = new ArrayList<CompletableFuture<Void>>();
        for (var i = current.size(); i < count; i++, next++) {
            var port = service.port().orElseGet(() -> PortChecker.freePort(taken));
            taken.add(port);
            var process = run.add(run.planner().service(service, next, port));
            added.add(process.id());
            starts.add(process.start());
        }
        publish.accept(new ClusterEvent.InstancesChanged(Instant.now(), serviceId, added, List.of()));
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    private void shrink(List<InstancePlan> current, int count) {
        var surplus = current.reversed().subList(0, current.size() - count);
        var removed = surplus.stream().map(InstancePlan::id).toList();
        var stops = removed.stream()
                .map(run::process)
                .flatMap(java.util.Optional::stream)
                .map(SupervisedProcess::stop)
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stops).join();
        removed.forEach(run::remove);
        publish.accept(new ClusterEvent.InstancesChanged(Instant.now(), serviceId, List.of(), removed));
    }
}
