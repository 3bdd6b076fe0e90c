package dev.orrery.runtime.cluster;

import java.util.List;

/// One component of a running cluster with its instances.
///
/// @param id `database`, `registry`, `gateway` or a service id
/// @param desiredInstances how many instances the topology (or the last scale) asks for
public record ComponentSnapshot(
        String id, ComponentKind kind, int desiredInstances, List<String> dependsOn, List<InstanceSnapshot> instances) {

    public ComponentSnapshot {
        dependsOn = List.copyOf(dependsOn);
        instances = List.copyOf(instances);
    }
}
