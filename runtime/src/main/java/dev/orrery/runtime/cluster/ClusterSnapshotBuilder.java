package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.topology.Topology;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The parts of a [ClusterSnapshot] that come from a run, completed with the cluster's state.
record ClusterSnapshotBuilder(
        Topology topology, List<ComponentSnapshot> components, RegistrySnapshot registry, Optional<DatabaseEngine> db) {

    private static final Map<String, String> SHORT_ROUTES = new LinkedHashMap<>();

    static {
        SHORT_ROUTES.put("heroes", "heroes-service");
        SHORT_ROUTES.put("hero", "heroes-service");
        SHORT_ROUTES.put("powers", "heroes-service");
        SHORT_ROUTES.put("img", "heroes-service");
        SHORT_ROUTES.put("threats", "threats-service");
        SHORT_ROUTES.put("assignment", "threats-service");
    }

    ClusterSnapshot build(ClusterState state) {
        return new ClusterSnapshot(
                Instant.now(), state, Optional.of(topology.name()), components, registry, routes(), db, addresses());
    }

    /// The gateway's routes (its defaults, see the gateway's `application.yaml`): the series' short paths that keep
    /// their path, then one route per service id whose prefix is stripped. The id is the path pattern, as in the
    /// traffic events.
    private List<Route> routes() {
        if (!topology.gateway().enabled()) {
            return List.of();
        }
        var routes = new ArrayList<Route>();
        SHORT_ROUTES.forEach((segment, service) -> {
            if (topology.service(service).isPresent()) {
                routes.add(route("/" + segment + "/**", service));
            }
        });
        topology.services().forEach(s -> routes.add(route("/" + s.id() + "/**", s.id())));
        return routes;
    }

    private static Route route(String pattern, String serviceId) {
        return new Route(pattern, pattern, serviceId);
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
