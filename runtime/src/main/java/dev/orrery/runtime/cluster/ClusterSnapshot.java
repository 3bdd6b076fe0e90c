package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// An immutable picture of the cluster at one moment: always available, also when nothing runs.
///
/// @param topologyName the running (or last) topology's name; empty before the first start
/// @param components database, registry, gateway and services in start order, each with its instances
/// @param routes the gateway's routes, when the topology has a gateway
/// @param database the database engine in use, when one runs
public record ClusterSnapshot(
        Instant time,
        ClusterState state,
        Optional<String> topologyName,
        List<ComponentSnapshot> components,
        RegistrySnapshot registry,
        List<Route> routes,
        Optional<DatabaseEngine> database,
        Addresses addresses) {

    public ClusterSnapshot {
        components = List.copyOf(components);
        routes = List.copyOf(routes);
    }

    public static ClusterSnapshot stopped(Instant time) {
        return new ClusterSnapshot(
                time,
                ClusterState.STOPPED,
                Optional.empty(),
                List.of(),
                RegistrySnapshot.unreachable(time),
                List.of(),
                Optional.empty(),
                Addresses.none());
    }

    /// A copy with another cluster state.
    public ClusterSnapshot withState(ClusterState newState) {
        return new ClusterSnapshot(time, newState, topologyName, components, registry, routes, database, addresses);
    }

    /// Every instance of every component.
    public List<InstanceSnapshot> instances() {
        return components.stream().flatMap(c -> c.instances().stream()).toList();
    }

    public Optional<InstanceSnapshot> instance(InstanceId id) {
        return instances().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<ComponentSnapshot> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /// Resident memory of all instances together, in bytes, as far as known.
    public long totalMemoryBytes() {
        return instances().stream()
                .mapToLong(i -> i.residentMemoryBytes().orElse(0))
                .sum();
    }
}
