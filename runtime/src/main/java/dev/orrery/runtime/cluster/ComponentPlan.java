package dev.orrery.runtime.cluster;

import java.util.List;

/// One component with the components it must wait for before starting.
///
/// @param dependsOn ids of components that must be UP first
record ComponentPlan(String id, ComponentKind kind, List<String> dependsOn) {

    ComponentPlan {
        dependsOn = List.copyOf(dependsOn);
    }
}
