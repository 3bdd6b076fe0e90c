package dev.orrery.runtime.control;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import java.util.List;
import java.util.stream.Collectors;

/// Reads the target of a fault as users write it: an instance id (`heroes-service-2`, `gateway`, `database`), or a
/// service id when that service runs exactly one instance.
final class FaultTargets {

    private FaultTargets() {}

    /// Throws [IllegalArgumentException] naming the instances to choose from when the text matches none or several.
    static InstanceId resolve(ClusterSnapshot snapshot, String text) {
        var exact = InstanceId.parse(text);
        if (snapshot.instance(exact).isPresent()) {
            return exact;
        }
        List<InstanceId> ofComponent = snapshot.instances().stream()
                .map(InstanceSnapshot::id)
                .filter(id -> id.componentId().equals(text.strip()))
                .toList();
        if (ofComponent.size() == 1) {
            return ofComponent.getFirst();
        }
        var all = snapshot.instances().stream().map(i -> i.id().toString()).collect(Collectors.joining(", "));
        if (ofComponent.isEmpty()) {
            throw new IllegalArgumentException(
                    "no instance or component '" + text + "' in the cluster; choose one of: " + all);
        }
        throw new IllegalArgumentException("'" + text + "' has " + ofComponent.size() + " instances; name one: "
                + ofComponent.stream().map(InstanceId::toString).collect(Collectors.joining(", ")));
    }
}
