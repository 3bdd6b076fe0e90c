package dev.orrery.runtime.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/// Reads typed values out of a YAML node tree and records a located [TopologyProblem] for anything that does not
/// fit, so that one pass reports every mistake of a file.
final class NodeReader {

    private static final Pattern DURATION = Pattern.compile("([0-9]+)\\s*(ms|s|m|h)");

    private final String file;
    private final List<TopologyProblem> problems = new ArrayList<>();
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();

    NodeReader(String file) {
        this.file = file;
    }

    List<TopologyProblem> problems() {
        return List.copyOf(problems);
    }

    /// Where each value was written, by dotted path (`services.heroes-service.port`), for later checks.
    Map<String, SourceLocation> locations() {
        return Map.copyOf(locations);
    }

    /// Where the value at a dotted path was written, else where `fallback` was.
    SourceLocation location(String path, Node fallback) {
        return Optional.ofNullable(locations.get(path)).orElseGet(() -> at(fallback));
    }

    SourceLocation at(Node node) {
        return node.getStartMark()
                .map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourceLocation(file, 1, 1));
    }

    void problem(Node node, String message, String hint) {
        problems.add(new TopologyProblem(at(node), message, hint));
    }

    void problem(SourceLocation location, String message, String hint) {
        problems.add(new TopologyProblem(location, message, hint));
    }

    /// The entries of a mapping by key, in file order; unknown and repeated keys are reported and left out.
    SequencedMap<String, Node> entries(Node node, String path, Set<String> allowed) {
        var result = new LinkedHashMap<String, Node>();
        if (!(node instanceof MappingNode mapping)) {
            problem(
                    node,
                    (path.isEmpty() ? "the file" : "'" + path + "'") + " must be a mapping of keys to values, found "
                            + describe(node),
                    path.isEmpty()
                            ? "write 'key: value' lines, e.g. 'name: my-cluster'"
                            : "write keys indented below '" + path + ":', one per line");
            return result;
        }
        for (var tuple : mapping.getValue()) {
            var keyNode = tuple.getKeyNode();
            var key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!allowed.contains(key)) {
                problem(keyNode, "unknown key '" + key + "' " + where(path), suggestion(key, allowed));
            } else if (result.containsKey(key)) {
                problem(keyNode, "key '" + key + "' appears twice " + where(path), "keep only one of them");
            } else {
                result.put(key, tuple.getValueNode());
                locations.put(path.isEmpty() ? key : path + "." + key, at(tuple.getValueNode()));
            }
        }
        return result;
    }

    /// `in 'services.heroes-service'`, or `at the top level` for the file's own keys (whose path is empty).
    private static String where(String path) {
        return path.isEmpty() ? "at the top level" : "in '" + path + "'";
    }

    /// The entries of a mapping whose keys are names chosen by the user (service ids, environment variables).
    SequencedMap<String, Node> namedEntries(Node node, String path) {
        var result = new LinkedHashMap<String, Node>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "'" + path + "' must be a mapping, found " + describe(node), "write 'name: value' lines");
            return result;
        }
        for (var tuple : mapping.getValue()) {
            var keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problem(keyNode, "a key " + where(path) + " must be plain text", "write 'name: value'");
            } else if (result.containsKey(scalar.getValue())) {
                problem(keyNode, "'" + scalar.getValue() + "' appears twice " + where(path), "keep only one");
            } else {
                result.put(scalar.getValue(), tuple.getValueNode());
                locations.put(path + "." + scalar.getValue(), at(keyNode));
            }
        }
        return result;
    }

    Optional<String> text(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problem(node, "'" + key + "' must be a single value, found " + describe(node), "write '" + key + ": value'");
        return Optional.empty();
    }

    OptionalInt integer(Node node, String key) {
        var text = text(node, key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.get().strip()));
        } catch (NumberFormatException e) {
            problem(node, "'" + key + "' must be a whole number, found '" + text.get() + "'", "e.g. '" + key + ": 2'");
            return OptionalInt.empty();
        }
    }

    OptionalInt port(Node node, String key) {
        var port = integer(node, key);
        var outOfRange = port.isPresent() ? PortRule.problem(port.getAsInt()) : Optional.<String>empty();
        if (outOfRange.isPresent()) {
            problem(node, outOfRange.get(), PortRule.HINT);
            return OptionalInt.empty();
        }
        return port;
    }

    Optional<Boolean> bool(Node node, String key) {
        return text(node, key).flatMap(value -> switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problem(
                        node,
                        "'" + key + "' must be true or false, found '" + value + "'",
                        "write '" + key + ": true'");
                yield Optional.empty();
            }
        });
    }

    Optional<Duration> duration(Node node, String key) {
        return text(node, key).flatMap(value -> {
            var matcher = DURATION.matcher(value.strip());
            if (!matcher.matches()) {
                problem(
                        node,
                        "'" + key + "' must be a duration, found '" + value + "'",
                        "write a number with a unit: ms, s, m or h, e.g. '10s'");
                return Optional.empty();
            }
            var parsed = toDuration(matcher.group(1), matcher.group(2));
            if (parsed.isEmpty()) {
                problem(node, "'" + key + "' is too long: " + value.strip(), "write a shorter duration, e.g. '10m'");
            }
            return parsed;
        });
    }

    /// Empty when the amount does not fit (a mistyped or pasted number): the caller reports it.
    private static Optional<Duration> toDuration(String digits, String unit) {
        try {
            var amount = Long.parseLong(digits);
            return Optional.of(
                    switch (unit) {
                        case "ms" -> Duration.ofMillis(amount);
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofHours(amount);
                    });
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    List<String> strings(Node node, String key) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
            return List.of(scalar.getValue());
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "'" + key + "' must be a list, found " + describe(node), "write '" + key + ": [a, b]'");
            return List.of();
        }
        return sequence.getValue().stream()
                .map(item -> text(item, key + " item"))
                .flatMap(Optional::stream)
                .toList();
    }

    Map<String, String> stringMap(Node node, String key) {
        var result = new LinkedHashMap<String, String>();
        namedEntries(node, key).forEach((name, value) -> text(value, name).ifPresent(v -> result.put(name, v)));
        return result;
    }

    static String describe(Node node) {
        return switch (node) {
            case MappingNode _ -> "a mapping";
            case SequenceNode _ -> "a list";
            case ScalarNode scalar when scalar.getValue().isEmpty() -> "nothing";
            case ScalarNode scalar -> "'" + scalar.getValue() + "'";
            default -> "an unexpected value";
        };
    }

    /// "did you mean 'instances'?" for a near miss, else the list of keys allowed here.
    static String suggestion(String written, Collection<String> allowed) {
        var sorted = allowed.stream().sorted().toList();
        return sorted.stream()
                .filter(candidate -> editDistance(written, candidate) <= Math.max(2, candidate.length() / 4))
                .min((a, b) -> Integer.compare(editDistance(written, a), editDistance(written, b)))
                .map(candidate -> "did you mean '" + candidate + "'?")
                .orElse("allowed here: " + String.join(", ", sorted));
    }

    static int editDistance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (var j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (var i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (var j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
