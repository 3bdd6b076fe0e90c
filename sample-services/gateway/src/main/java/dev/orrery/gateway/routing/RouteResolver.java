package dev.orrery.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/// Finds the route for a request from the first segment of its path: a short route of the series first
/// (`/heroes/**` → heroes-service, path kept), else a service id (`/heroes-service/**` → heroes-service, prefix
/// stripped), like Zuul did in the series.
final class RouteResolver {

    private final Map<String, String> shortRoutes;
    private final ServiceCatalog catalog;

    RouteResolver(Map<String, String> shortRoutes, ServiceCatalog catalog) {
        this.shortRoutes = Map.copyOf(shortRoutes);
        this.catalog = catalog;
    }

    /// Every route as of now: the short routes, then one route per known service id, each group sorted by path.
    List<RouteTarget> routes() {
        var shortOnes = shortRoutes.entrySet().stream()
                .map(e -> RouteTarget.shortRoute(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(RouteTarget::routeId));
        var byServiceId = catalog.routableServices().stream().sorted().map(RouteTarget::serviceRoute);
        return Stream.concat(shortOnes, byServiceId).toList();
    }

    Optional<RouteTarget> resolve(RequestPath path) {
        var first = path.firstSegment();
        var shortRouteService = shortRoutes.get(first);
        if (shortRouteService != null) {
            return Optional.of(RouteTarget.shortRoute(first, shortRouteService));
        }
        if (catalog.isRoutable(first)) {
            return Optional.of(RouteTarget.serviceRoute(first));
        }
        return Optional.empty();
    }
}
