package dev.orrery.runtime.control;

import java.util.List;

/// The running cluster as the control API reports it (`GET /status`, `orrery status --json`).
///
/// @param ready true once every route answers through the gateway
/// @param state the cluster's state, e.g. `RUNNING`, `DEGRADED`
/// @param pid the process that runs the cluster (`orrery up` or the console)
/// @param gateway the gateway's base URL, empty when the topology has none
/// @param registry the registry's base URL, empty when the topology has none
/// @param databaseEngine the engine's name, empty when no database runs
/// @param databaseReason why that engine was chosen
/// @param instances every process: database, registry, gateway and service instances
public record ClusterStatus(
        boolean ready,
        String state,
        String topology,
        String dataFolder,
        long pid,
        String gateway,
        String registry,
        String databaseEngine,
        String databaseReason,
        List<InstanceStatus> instances,
        List<RouteStatus> routes) {

    public ClusterStatus {
        instances = List.copyOf(instances);
        routes = List.copyOf(routes);
    }
}
