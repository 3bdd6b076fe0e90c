package dev.orrery.console.cluster;

/// A row of the cluster table: a component (group) or one of its instances.
public sealed interface ClusterEntry permits ComponentRow, InstanceRow {

    String id();
}
