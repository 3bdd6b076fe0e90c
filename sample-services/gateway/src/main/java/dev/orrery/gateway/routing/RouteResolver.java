package dev.orrery.gateway.routing;

import java.util.Map;
import java.util.Optional;

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
