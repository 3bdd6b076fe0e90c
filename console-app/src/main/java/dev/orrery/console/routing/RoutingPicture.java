package dev.orrery.console.routing;

import dev.orrery.console.graph.GraphPicture;

/// What the routing view shows at one moment: the graph and the gateway's totals over the last seconds.
///
/// @param perSecond requests per second through the gateway
/// @param errors failed requests (5xx) in the window
/// @param requests requests in the window
public record RoutingPicture(GraphPicture graph, double perSecond, int errors, int requests) {

    public static RoutingPicture empty() {
        return new RoutingPicture(GraphPicture.empty(), 0, 0, 0);
    }
}
