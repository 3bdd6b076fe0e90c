package dev.orrery.runtime.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Checks a topology as a whole once each part has been read: ports, dependencies and combinations of sections.
final class TopologyValidator {

    private final Map<String, SourceLocation> locations;
    private final String source;
    private final List<TopologyProblem> problems = new ArrayList<>();

    TopologyValidator(Map<String, SourceLocation> locations, String source) {
        this.locations = locations;
        this.source = source;
    }

    List<TopologyProblem> check(Topology topology) {
        checkPorts(topology);
        checkSections(topology);
        topology.services().forEach(s -> checkService(topology, s));
        checkCycles(topology);
        return List.copyOf(problems);
    }

    private void checkPorts(Topology topology) {
        var claims = new LinkedHashMap<String, Integer>();
        if (topology.registry().enabled()) {
            claims.put("registry.port", topology.registry().port());
        }
        if (topology.gateway().enabled()) {
            claims.put("gateway.port", topology.gateway().port());
        }
        if (topology.database().enabled()) {
            claims.put("database.port", topology.database().port());
        }
        topology.services().forEach(s -> s.port().ifPresent(p -> claims.put("services." + s.id() + ".port", p)));
        var firstUse = new HashMap<Integer, String>();
        claims.forEach((path, port) -> {
            var earlier = firstUse.putIfAbsent(port, path);
            if (earlier != null) {
                report(
                        path,
                        "port " + port + " is already used by '" + earlier + "'",
                        "give each component its own port, or leave a service's port out to get a free one");
            }
        });
    }

    private void checkSections(Topology topology) {
        if (topology.gateway().enabled() && !topology.registry().enabled()) {
            report(
                    "gateway",
                    "the gateway finds services through the registry, but the registry is off",
                    "add 'registry: {enabled: true}' or remove the gateway");
        }
    }

    private void checkService(Topology topology, ServiceSpec service) {
        var path = "services." + service.id();
        if (service.port().isPresent() && service.instances() > 1) {
            report(
                    path + ".port",
                    "'" + service.id() + "' has a fixed port but " + service.instances() + " instances",
                    "remove 'port' (each instance then gets a free port) or set 'instances: 1'");
        }
        if (service.storage() == Storage.MONGO && !topology.database().enabled()) {
            report(
                    path + ".storage",
                    "'" + service.id() + "' uses mongo storage but the database is off",
                    "add 'database: {enabled: true}' or write 'storage: memory'");
        }
        if (service.storage() == Storage.MONGO
                && service.launch() instanceof ServiceLaunch.Builtin(var builtin)
                && !builtin.hasStorage()) {
            report(path + ".storage", "'" + service.id() + "' keeps no data", "remove 'storage'");
        }
        for (var dependency : service.dependsOn()) {
            if (dependency.equals(service.id())) {
                report(path + ".depends-on", "'" + service.id() + "' depends on itself", "remove it from the list");
            } else if (topology.service(dependency).isEmpty()) {
                var ids = topology.services().stream().map(ServiceSpec::id).toList();
                report(
                        path + ".depends-on",
                        "'" + service.id() + "' depends on unknown service '" + dependency + "'",
                        NodeReader.suggestion(dependency, ids));
            }
        }
    }

    private void checkCycles(Topology topology) {
        var done = new HashSet<String>();
        for (var service : topology.services()) {
            var trail = new ArrayList<String>();
            if (hasCycle(topology, service.id(), trail, new HashSet<>(), done)) {
                report(
                        "services." + trail.getFirst() + ".depends-on",
                        "services depend on each other in a circle: " + String.join(" → ", trail),
                        "remove one of these depends-on entries");
                return;
            }
        }
    }

    private boolean hasCycle(Topology topology, String id, List<String> trail, Set<String> onPath, Set<String> done) {
        if (onPath.contains(id)) {
            trail.subList(0, trail.indexOf(id)).clear();
            trail.add(id);
            return true;
        }
        if (!done.add(id)) {
            return false;
        }
        onPath.add(id);
        trail.add(id);
        var dependencies = topology.service(id).map(ServiceSpec::dependsOn).orElse(List.of());
        for (var dependency : dependencies) {
            if (!dependency.equals(id) && hasCycle(topology, dependency, trail, onPath, done)) {
                return true;
            }
        }
        onPath.remove(id);
        trail.removeLast();
        return false;
    }

    private void report(String path, String message, String hint) {
        var location = locations.getOrDefault(path, locationOfParent(path));
        problems.add(new TopologyProblem(location, message, hint));
    }

    private SourceLocation locationOfParent(String path) {
        var cut = path.lastIndexOf('.');
        return cut < 0
                ? new SourceLocation(source, 1, 1)
                : locations.getOrDefault(path.substring(0, cut), locationOfParent(path.substring(0, cut)));
    }
}
