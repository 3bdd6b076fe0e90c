package dev.orrery.runtime.export;

import java.util.LinkedHashMap;
import java.util.Map;

/// The recommended `app.kubernetes.io/*` labels of every exported object.
///
/// @param instance the topology's name, so two exported topologies can live in one namespace
/// @param version the images' tag
record KubernetesLabels(String instance, String version) {

    static final String NAME = "app.kubernetes.io/name";
    static final String INSTANCE = "app.kubernetes.io/instance";
    static final String VERSION = "app.kubernetes.io/version";
    static final String COMPONENT = "app.kubernetes.io/component";
    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    /// All labels of one component's objects.
    Map<String, String> of(String name, WorkloadRole role) {
        var labels = new LinkedHashMap<>(selector(name));
        labels.put(VERSION, version);
        labels.put(COMPONENT, role.label());
        labels.put(PART_OF, "orrery");
        labels.put(MANAGED_BY, "kustomize");
        return labels;
    }

    /// The labels that select a component's pods; never changed by an upgrade (a selector is immutable).
    Map<String, String> selector(String name) {
        var labels = new LinkedHashMap<String, String>();
        labels.put(NAME, name);
        labels.put(INSTANCE, instance);
        return labels;
    }
}
