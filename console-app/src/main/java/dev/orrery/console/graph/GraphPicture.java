package dev.orrery.console.graph;

import java.util.List;

/// Everything a graph shows at one moment; the canvas turns one picture into the next with transitions.
public record GraphPicture(List<NodeSpec> nodes, List<EdgeSpec> edges) {

    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static GraphPicture empty() {
        return new GraphPicture(List.of(), List.of());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
