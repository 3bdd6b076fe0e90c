package dev.orrery.console.cluster;

import java.util.List;

/// One component with its instances, as a group of the cluster table.
///
/// @param title e.g. `heroes-service` or `registry · Eureka`
/// @param whyNoScaleUp empty when + can act now, else why not; `whyNoScaleDown` likewise
/// @param scalable whether the component is a service whose instance count can change
public record ComponentRow(
        String id,
        String title,
        String port,
        int desired,
        boolean scalable,
        String whyNoScaleUp,
        String whyNoScaleDown,
        List<InstanceRow> instances)
        implements ClusterEntry {

    public ComponentRow {
        instances = List.copyOf(instances);
    }
}
