package dev.orrery.runtime.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Computes what changed between two registry snapshots.
public final class RegistryDiff {

    private RegistryDiff() {}

    /// Registered and status changes in the order of the new snapshot, then removals in the order of the old one.
    /// Instances are matched by application and instance id; lease renewals alone are not a change.
    public static List<RegistryChange> between(RegistrySnapshot before, RegistrySnapshot after) {
        var old = index(before);
        var current = index(after);
        var changes = new ArrayList<RegistryChange>();
        current.forEach((key, instance) -> {
            var previous = old.get(key);
            if (previous == null) {
                changes.add(new RegistryChange.Registered(instance));
            } else if (!previous.status().equals(instance.status())) {
                changes.add(new RegistryChange.StatusChanged(instance, previous.status()));
            }
        });
        old.forEach((key, instance) -> {
            if (!current.containsKey(key)) {
                changes.add(new RegistryChange.Removed(instance));
            }
        });
        return changes;
    }

    private static Map<String, RegisteredInstance> index(RegistrySnapshot snapshot) {
        var map = new LinkedHashMap<String, RegisteredInstance>();
        snapshot.instances().forEach(i -> map.put(i.application() + "/" + i.instanceId(), i));
        return map;
    }
}
