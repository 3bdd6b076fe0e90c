package dev.orrery.console.routing;

import dev.orrery.console.graph.EdgeSpec;
import dev.orrery.console.graph.GraphPicture;
import dev.orrery.console.graph.NodeSpec;
import dev.orrery.console.graph.StableSlots;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.Units;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.cluster.Route;
import dev.orrery.runtime.registry.RegisteredInstance;
import dev.orrery.runtime.traffic.TrafficEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Builds the routing graph from the gateway's routes, the registry's instances and the recent traffic. Keeps the
/// traffic window per edge; not thread-safe (the view model calls it under its lock).
final class RoutingPictureBuilder {

    private static final double X_CLIENT = 0;
    private static final double X_GATEWAY = 240;
    private static final double X_ROUTE = 500;
    private static final double X_INSTANCE = 800;
    private static final double ROW = 76;

    private final Map<String, EdgeTraffic> traffic = new HashMap<>();
    private final StableSlots routeSlots = new StableSlots();
    private final Map<String, StableSlots> instanceSlots = new HashMap<>();

    void add(TrafficEvent event) {
        traffic.computeIfAbsent(event.serviceId() + ">" + event.instanceId(), k -> new EdgeTraffic())
                .add(event);
    }

    RoutingPicture build(ClusterSnapshot snapshot, String clientNote, Instant now) {
        traffic.values().removeIf(t -> t.expire(now));
        var routes = byService(snapshot.routes());
        routeSlots.update(routes.stream().map(Route::id).toList());
        var byRegistryId = new HashMap<String, InstanceSnapshot>();
        snapshot.instances().forEach(i -> byRegistryId.put(i.registryInstanceId(), i));

        var nodes = new ArrayList<NodeSpec>();
        var edges = new ArrayList<EdgeSpec>();
        var total = new EdgeTraffic();
        traffic.values().forEach(total::addAll);
        var bandTop = 0.0;
        var routeTops = new LinkedHashMap<Route, Double>();
        for (var route : routes.stream()
                .sorted((a, b) -> routeSlots.slot(a.id()) - routeSlots.slot(b.id()))
                .toList()) {
            var targets = targets(route, snapshot);
            instanceSlots.computeIfAbsent(route.id(), r -> new StableSlots()).update(targets);
            routeTops.put(route, bandTop);
            bandTop += Math.max(1, instanceSlots.get(route.id()).span()) * ROW + 30;
        }
        var middle = bandTop / 2 - 15;
        nodes.add(new NodeSpec("client", "client-node", "client", clientNote, Tone.IDLE, X_CLIENT, middle));
        var gatewayDetail = snapshot.addresses().gateway().map(Units::hostPort).orElse("")
                + (total.count() > 0 ? " · p50 " + Units.millis(total.p50()) : "");
        nodes.add(new NodeSpec("gateway", "gateway-node", "gateway", gatewayDetail, Tone.GOOD, X_GATEWAY, middle));
        edges.add(edge("client>gateway", "client", "gateway", total, false));
        routeTops.forEach((route, top) -> addRoute(route, top, snapshot, byRegistryId, nodes, edges));
        return new RoutingPicture(new GraphPicture(nodes, edges), total.perSecond(), total.errors(), total.count());
    }

    /// One node per service: the gateway's routes to the same service share it, e.g.
    /// `/heroes/** · /heroes-service/**`.
    private static List<Route> byService(List<Route> routes) {
        var patterns = new LinkedHashMap<String, List<String>>();
        routes.forEach(r ->
                patterns.computeIfAbsent(r.serviceId(), s -> new ArrayList<>()).add(r.pathPattern()));
        return patterns.entrySet().stream()
                .map(e -> new Route(e.getKey(), title(e.getValue()), e.getKey()))
                .toList();
    }

    private static String title(List<String> patterns) {
        return patterns.getFirst() + (patterns.size() > 1 ? "  +" + (patterns.size() - 1) + " more" : "");
    }

    private List<String> targets(Route route, ClusterSnapshot snapshot) {
        var keys = new ArrayList<String>();
        snapshot.registry()
                .application(route.serviceId())
                .ifPresent(app -> app.instances().stream()
                        .map(RegisteredInstance::instanceId)
                        .forEach(keys::add));
        traffic.forEach((key, t) -> {
            if (key.startsWith(route.id() + ">") && !keys.contains(t.last().instanceId())) {
                keys.add(t.last().instanceId());
            }
        });
        return keys;
    }

    private void addRoute(
            Route route,
            double top,
            ClusterSnapshot snapshot,
            Map<String, InstanceSnapshot> byRegistryId,
            List<NodeSpec> nodes,
            List<EdgeSpec> edges) {
        var slots = instanceSlots.get(route.id());
        var span = Math.max(1, slots.span());
        var routeKey = "route:" + route.id();
        var routeTotal = new EdgeTraffic();
        traffic.forEach((key, t) -> {
            if (key.startsWith(route.id() + ">")) {
                routeTotal.addAll(t);
            }
        });
        nodes.add(new NodeSpec(
                routeKey,
                "route-node",
                route.pathPattern(),
                "lb://" + route.serviceId(),
                Tone.GOOD,
                X_ROUTE,
                top + span * ROW / 2));
        edges.add(edge("gateway>" + routeKey, "gateway", routeKey, routeTotal, false));
        var listed = snapshot.registry()
                .application(route.serviceId())
                .map(a -> a.instances())
                .orElse(List.of());
        for (var registryId : targets(route, snapshot)) {
            var y = top + slots.slot(registryId) * ROW + ROW / 2;
            var process = byRegistryId.get(registryId);
            var isListed = listed.stream().anyMatch(i -> i.instanceId().equals(registryId));
            var key = process != null ? process.id().toString() : registryId;
            nodes.add(instanceNode(key, registryId, process, isListed, y));
            var edgeTraffic = traffic.getOrDefault(route.id() + ">" + registryId, new EdgeTraffic());
            edges.add(edge(routeKey + ">" + key, routeKey, key, edgeTraffic, true));
        }
    }

    private static NodeSpec instanceNode(
            String key, String registryId, InstanceSnapshot process, boolean listed, double y) {
        var port = registryId.substring(registryId.lastIndexOf(':') + 1);
        if (process == null) {
            return new NodeSpec(
                    key, "instance-node", ":" + port, registryId, listed ? Tone.GOOD : Tone.IDLE, X_INSTANCE, y);
        }
        var state = process.state();
        var tone = switch (state) {
            case UP -> listed ? Tone.GOOD : Tone.BUSY;
            case STARTING, STOPPING -> Tone.BUSY;
            case UNHEALTHY -> Tone.WARN;
            case CRASHED -> Tone.BAD;
            case STOPPED -> Tone.IDLE;
        };
        var word = state.name() + (listed ? "" : " · not routable");
        return new NodeSpec(
                key, "instance-node", ":" + port + " · " + word, process.id().toString(), tone, X_INSTANCE, y);
    }

    private static EdgeSpec edge(String key, String from, String to, EdgeTraffic t, boolean detailed) {
        var rps = t.perSecond();
        var flowing = t.count() > 0;
        var errors = t.errors();
        var label = !flowing
                ? ""
                : Units.rate(rps)
                        + (detailed ? " · p50 " + Units.millis(t.p50()) : "")
                        + (errors > 0 ? " · " + Math.round(100.0 * errors / t.count()) + "% errors" : "");
        var weight = 1.5 + Math.min(9, 2.2 * Math.log(1 + rps) / Math.log(2));
        var tone = errors > 0 ? Tone.BAD : flowing ? Tone.GOOD : Tone.IDLE;
        return new EdgeSpec(key, from, to, label, weight, flowing, tone);
    }
}
