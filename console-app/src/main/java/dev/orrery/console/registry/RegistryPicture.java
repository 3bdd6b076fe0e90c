package dev.orrery.console.registry;

import dev.orrery.console.graph.GraphPicture;
import java.util.List;
import java.util.Map;

/// What the registry view shows at one moment: the graph, its caption, and the raw details per node.
public record RegistryPicture(GraphPicture graph, String caption, Map<String, List<Detail>> details) {

    public RegistryPicture {
        details = Map.copyOf(details);
    }

    public static RegistryPicture empty() {
        return new RegistryPicture(GraphPicture.empty(), "", Map.of());
    }
}
