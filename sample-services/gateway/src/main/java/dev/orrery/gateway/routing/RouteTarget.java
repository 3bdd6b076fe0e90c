package dev.orrery.gateway.routing;

/// Where a request goes: the route that matched it and the service that serves it.
///
/// @param routeId     the route's path pattern, e.g. `/heroes/**` or `/heroes-service/**`; traffic events name it
/// @param serviceId   the service id in the registry, lower case
/// @param stripPrefix whether the first path segment is removed before forwarding (service-id routes) or kept
///                    (the short routes of the series)
public record RouteTarget(String routeId, String serviceId, boolean stripPrefix) {

    static RouteTarget shortRoute(String segment, String serviceId) {
        return new RouteTarget("/" + segment + "/**", serviceId, false);
    }

    static RouteTarget serviceRoute(String serviceId) {
        return new RouteTarget("/" + serviceId + "/**", serviceId, true);
    }
}
