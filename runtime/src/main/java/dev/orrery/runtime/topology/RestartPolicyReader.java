package dev.orrery.runtime.topology;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/// Reads a service's `restart` section; whatever it leaves out comes from [RestartPolicy#DEFAULT].
final class RestartPolicyReader {

    private final NodeReader reader;

    RestartPolicyReader(NodeReader reader) {
        this.reader = reader;
    }

    RestartPolicy read(Node node, String path) {
        var defaults = RestartPolicy.DEFAULT;
        var entries = reader.entries(node, path, Set.of("mode", "max-restarts", "backoff"));
        var mode = Optional.ofNullable(entries.get("mode")).flatMap(this::mode).orElse(defaults.mode());
        var max = Optional.ofNullable(entries.get("max-restarts"))
                .flatMap(n -> {
                    var value = reader.integer(n, "max-restarts");
                    if (value.isPresent() && value.getAsInt() < 0) {
                        reader.problem(n, "max-restarts cannot be negative", "write 0 or more");
                    }
                    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
                })
                .orElse(defaults.maxRestarts());
        var initial = defaults.initialBackoff();
        var longest = defaults.maxBackoff();
        var backoffNode = entries.get("backoff");
        if (backoffNode != null) {
            var backoff = reader.entries(backoffNode, path + ".backoff", Set.of("initial", "max"));
            initial = duration(backoff.get("initial"), "initial").orElse(initial);
            longest = duration(backoff.get("max"), "max").orElse(longest);
            if (initial.compareTo(longest) > 0) {
                reader.problem(
                        backoffNode, "the initial backoff is longer than the maximum", "make 'initial' at most 'max'");
            }
        }
        return new RestartPolicy(mode, Math.max(max, 0), initial, longest);
    }

    private Optional<Duration> duration(Node node, String key) {
        return node == null ? Optional.empty() : reader.duration(node, key);
    }

    private Optional<RestartMode> mode(Node node) {
        var names =
                Arrays.stream(RestartMode.values()).map(RestartMode::yamlName).toList();
        return reader.text(node, "mode").flatMap(value -> {
            var match = Arrays.stream(RestartMode.values())
                    .filter(m -> m.yamlName().equals(value))
                    .findFirst();
            if (match.isEmpty()) {
                reader.problem(node, "unknown restart mode '" + value + "'", NodeReader.suggestion(value, names));
            }
            return match;
        });
    }
}
