package dev.orrery.runtime.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/// Writes new instance counts into a topology's YAML text, keeping everything else (comments, order, layout) as
/// the user wrote it: how a scaled cluster is saved back to a file.
public final class TopologyScaling {

    private TopologyScaling() {}

    /// The text with `instances:` of each listed service set to its count; services not in the text are ignored.
    ///
    /// @param counts service id → instance count; ids of other components (registry, gateway) are ignored
    public static String withInstances(String text, Map<String, Integer> counts) {
        var root = compose(text);
        if (!(root instanceof MappingNode top)) {
            return text;
        }

        var edits = new ArrayList<Edit>();
        value(top, "services")
                .filter(MappingNode.class::isInstance)
                .map(MappingNode.class::cast)
                .ifPresent(services -> {
                    for (var service : services.getValue()) {
                        var id = scalar(service.getKeyNode());
                        if (counts.containsKey(id) && service.getValueNode() instanceof MappingNode body) {
                            edits.add(edit(text, service, body, counts.get(id)));
                        }
                    }
                });
        return apply(text, edits);
    }

    private static Node compose(String text) {
        var settings = LoadSettings.builder().build();
        var composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
        return composer.getSingleNode().orElseThrow(() -> new IllegalArgumentException("The topology is empty"));
    }

    private static java.util.Optional<Node> value(MappingNode map, String key) {
        return map.getValue().stream()
                .filter(t -> key.equals(scalar(t.getKeyNode())))
                .map(NodeTuple::getValueNode)
                .findFirst();
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Edit edit(String text, NodeTuple service, MappingNode body, int count) {
        var existing = value(body, "instances");
        if (existing.isPresent()) {
            var node = existing.get();
            return new Edit(offset(text, node, true), offset(text, node, false), Integer.toString(count));
        }
        // No instances key yet: add one as the service's first entry, indented like its other entries.
        var first = body.getValue().getFirst().getKeyNode();
        var at = offset(text, first, true);
        var column = first.getStartMark().orElseThrow().getColumn();
        return new Edit(at, at, "instances: " + count + "\n" + " ".repeat(column));
    }

    private static int offset(String text, Node node, boolean start) {
        var mark = (start ? node.getStartMark() : node.getEndMark()).orElseThrow();
        return text.offsetByCodePoints(0, mark.getIndex());
    }

    private static String apply(String text, List<Edit> edits) {
        var result = new StringBuilder(text);
        edits.stream()
                .sorted(Comparator.comparingInt(Edit::from).reversed())
                .forEach(e -> result.replace(e.from(), e.to(), e.replacement()));
        return result.toString();
    }

    private record Edit(int from, int to, String replacement) {}
}
