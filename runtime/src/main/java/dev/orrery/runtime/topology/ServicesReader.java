package dev.orrery.runtime.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/// Reads the `services` section: one entry per service id.
final class ServicesReader {

    static final Set<String> SERVICE_KEYS = Set.of(
            "kind",
            "instances",
            "storage",
            "port",
            "jvm-options",
            "environment",
            "properties",
            "restart",
            "depends-on",
            "command",
            "working-dir",
            "readiness",
            "register-with-registry");
    static final Set<String> COMMAND_ONLY_KEYS =
            Set.of("command", "working-dir", "readiness", "register-with-registry");

    /// Lower-case words joined by dashes, not ending in `-<number>` (that suffix names instances).
    private static final Pattern SERVICE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern NUMBERED = Pattern.compile(".*-[0-9]+");

    private final NodeReader reader;
    private final Optional<Path> folder;

    ServicesReader(NodeReader reader, Optional<Path> folder) {
        this.reader = reader;
        this.folder = folder;
    }

    List<ServiceSpec> read(Node section) {
        var result = new ArrayList<ServiceSpec>();
        reader.namedEntries(section, "services")
                .forEach((id, node) -> service(id, node).ifPresent(result::add));
        return result;
    }

    private Optional<ServiceSpec> service(String id, Node node) {
        var path = "services." + id;
        if (!SERVICE_ID.matcher(id).matches() || NUMBERED.matcher(id).matches()) {
            reader.problem(
                    reader.location(path, node),
                    "'" + id + "' is not a usable service id",
                    "use lower-case words joined by '-', not ending in a number, e.g. 'orders-service'");
        } else if (TopologyParser.TOP_KEYS.contains(id)) {
            reader.problem(
                    reader.location(path, node),
                    "'" + id + "' is the name of one of the cluster's own components",
                    "name the service differently, e.g. '" + id + "-service'");
        }
        var entries = reader.entries(node, path, SERVICE_KEYS);
        var launch = launch(id, node, entries);
        var maxInstances =
                launch.filter(ServiceLaunch.Command.class::isInstance).isPresent()
                        ? ServiceSpec.MAX_COMMAND_INSTANCES
                        : ServiceSpec.MAX_BUILTIN_INSTANCES;
        var instances = Optional.ofNullable(entries.get("instances"))
                .map(n -> instances(n, maxInstances))
                .orElse(1);
        var storage = Optional.ofNullable(entries.get("storage"))
                .flatMap(this::storage)
                .orElse(Storage.MEMORY);
        var port = Optional.ofNullable(entries.get("port"))
                .map(n -> reader.port(n, path + ".port"))
                .orElse(OptionalInt.empty());
        var restart = Optional.ofNullable(entries.get("restart"))
                .map(n -> new RestartPolicyReader(reader).read(n, path + ".restart"))
                .orElse(RestartPolicy.DEFAULT);
        return launch.map(l -> new ServiceSpec(
                id,
                l,
                instances,
                storage,
                port,
                list(entries, "jvm-options"),
                map(entries, "environment"),
                map(entries, "properties"),
                restart,
                list(entries, "depends-on")));
    }

    private Optional<ServiceLaunch> launch(String id, Node node, SequencedMap<String, Node> entries) {
        var kind = Optional.ofNullable(entries.get("kind")).flatMap(n -> reader.text(n, "kind"));
        var isCommand = kind.map("command"::equals).orElse(entries.containsKey("command"));
        if (kind.isPresent() && !kind.get().equals("builtin") && !isCommand) {
            reader.problem(
                    entries.get("kind"),
                    "unknown kind '" + kind.get() + "'",
                    "write 'kind: builtin' or" + " 'kind: command'");
            return Optional.empty();
        }
        if (isCommand) {
            return new CommandReader(reader, folder).read(id, node, entries);
        }
        entries.sequencedKeySet().stream()
                .filter(COMMAND_ONLY_KEYS::contains)
                .forEach(key -> reader.problem(
                        reader.location("services." + id + "." + key, node),
                        "'" + key + "' only applies to 'kind: command'",
                        "remove it, or add 'kind: command'"));
        var builtin = BuiltinService.byName(id);
        if (builtin.isEmpty()) {
            reader.problem(
                    reader.location("services." + id, node),
                    "'" + id + "' is not a built-in service",
                    "name it one of " + String.join(", ", BuiltinService.names())
                            + ", or give it 'kind: command' and a 'command'");
        }
        return builtin.map(ServiceLaunch.Builtin::new);
    }

    private int instances(Node node, int max) {
        var count = reader.integer(node, "instances");
        if (count.isPresent() && (count.getAsInt() < 0 || count.getAsInt() > max)) {
            reader.problem(node, "instances " + count.getAsInt() + " is out of range", "write 0 to " + max);
            return 1;
        }
        return count.orElse(1);
    }

    private Optional<Storage> storage(Node node) {
        var names = Arrays.stream(Storage.values()).map(Storage::yamlName).toList();
        return reader.text(node, "storage").flatMap(value -> {
            var match = Arrays.stream(Storage.values())
                    .filter(s -> s.yamlName().equals(value))
                    .findFirst();
            if (match.isEmpty()) {
                reader.problem(node, "unknown storage '" + value + "'", NodeReader.suggestion(value, names));
            }
            return match;
        });
    }

    private List<String> list(Map<String, Node> entries, String key) {
        return Optional.ofNullable(entries.get(key))
                .map(n -> reader.strings(n, key))
                .orElse(List.of());
    }

    private Map<String, String> map(Map<String, Node> entries, String key) {
        return Optional.ofNullable(entries.get(key))
                .map(n -> reader.stringMap(n, key))
                .orElse(Map.of());
    }
}
