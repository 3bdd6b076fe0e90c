package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.topology.Topology;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The parts of a [ClusterSnapshot] that come from a run, completed with the cluster's state.
///
/// @param reportedRoutes the routes the gateway reported itself, empty until it answered
record ClusterSnapshotBuilder(
        Topology topology,
        List<ComponentSnapshot> components,
        RegistrySnapshot registry,
        Optional<DatabaseEngine> db,
        List<Route> reportedRoutes) {

    private static final Map<String, String> SHORT_ROUTES = new LinkedHashMap<>();

    static {
        SHORT_ROUTES.put("heroes", "heroes-service");
        SHORT_ROUTES.put("hero", "heroes-service");
        SHORT_ROUTES.put("powers", "heroes-service");
        SHORT_ROUTES.put("img", "heroes-service");
        SHORT_ROUTES.put("threats", "threats-service");
        SHORT_ROUTES.put("assignment", "threats-service");
        SHORT_ROUTES.put("auth", "auth-service");
    }

    ClusterSnapshot build(ClusterState state) {
        return new ClusterSnapshot(
                Instant.now(), state, Optional.of(topology.name()), components, registry, routes(), db, addresses());
    }

    /// The gateway's routes: those it reports that lead to a service of the cluster, completed with those the topology
    /// implies (the gateway's default
    /// short routes, which keep their path, and one route per service id, whose prefix is stripped), so that every
    /// route is known before the gateway has seen every service. Short routes first, each group sorted by path; the
    /// id is the path pattern, as in the traffic events.
    private List<Route> routes() {
        if (!topology.gateway().enabled()) {
            return List.of();
        }
        var routes = new LinkedHashMap<String, Route>();
        reportedRoutes.stream().filter(this::leadsSomewhere).forEach(r -> routes.put(r.id(), r));
        SHORT_ROUTES.forEach((segment, service) -> {
            if (topology.service(service).isPresent()) {
                routes.putIfAbsent("/" + segment + "/**", route("/" + segment + "/**", service));
            }
        });
        topology.services().forEach(s -> routes.putIfAbsent("/" + s.id() + "/**", route("/" + s.id() + "/**", s.id())));
        return routes.values().stream()
                .sorted(Comparator.comparing((Route r) -> !isShort(r)).thenComparing(Route::pathPattern))
                .toList();
    }

    /// Whether a reported route's service is in the topology or registered: the gateway also keeps its configured
    /// short routes to services this topology does not run (e.g. `/auth/**` in lesson 2), which can never answer.
    private boolean leadsSomewhere(Route route) {
        return topology.service(route.serviceId()).isPresent()
                || registry.application(route.serviceId()).isPresent();
    }

    /// Whether a route is one of the series' short routes rather than a `/{service-id}/**` route.
    static boolean isShort(Route route) {
        return !route.pathPattern().equals("/" + route.serviceId() + "/**");
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
