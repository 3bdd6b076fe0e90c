package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.topology.Topology;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// The parts of a [ClusterSnapshot] that come from a run, completed with the cluster's state.
record ClusterSnapshotBuilder(
        Topology topology, List<ComponentSnapshot> components, RegistrySnapshot registry, Optional<DatabaseEngine> db) {

    ClusterSnapshot build(ClusterState state) {
        return new ClusterSnapshot(
                Instant.now(), state, Optional.of(topology.name()), components, registry, routes(), db, addresses());
    }

    /// The gateway builds one route per registered service id (`/heroes-service/**`).
    private List<Route> routes() {
        if (!topology.gateway().enabled()) {
            return List.of();
        }
        return topology.services().stream()
                .map(s -> new Route(s.id(), "/" + s.id() + "/**", s.id()))
                .toList();
    }

    private Addresses addresses() {
        var registry = topology.registry().enabled()
                ? Optional.of("http://127.0.0.1:" + topology.registry().port())
                : Optional.<String>empty();
        var gateway = topology.gateway().enabled()
                ? Optional.of("http://127.0.0.1:" + topology.gateway().port())
                : Optional.<String>empty();
        return new Addresses(registry, gateway, db.map(DatabaseEngine::uri));
    }
}
