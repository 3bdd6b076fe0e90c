package dev.orrery.runtime.topology;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/// Reads the launch part of a `kind: command` service.
final class CommandReader {

    private final NodeReader reader;
    private final Optional<Path> folder;

    CommandReader(NodeReader reader, Optional<Path> folder) {
        this.reader = reader;
        this.folder = folder;
    }

    Optional<ServiceLaunch> read(String id, Node service, SequencedMap<String, Node> entries) {
        var commandNode = entries.get("command");
        if (commandNode == null) {
            reader.problem(
                    service,
                    "service '" + id + "' is 'kind: command' but has no 'command'",
                    "add e.g. \"command: python3 -m http.server {port}\"");
            return Optional.empty();
        }
        var command = reader.text(commandNode, "command");
        if (command.isPresent() && !command.get().contains(ServiceLaunch.Command.PORT_PLACEHOLDER)) {
            reader.problem(
                    commandNode,
                    "the command of '" + id + "' has no {port} placeholder",
                    "put {port} where the program takes its port, e.g. \"my-server --port {port}\"");
        }
        var workingDir = Optional.ofNullable(entries.get("working-dir"))
                .flatMap(n -> reader.text(n, "working-dir"))
                .map(Path::of)
                .map(p -> folder.map(f -> f.resolve(p).normalize()).orElse(p));
        var readiness = Optional.ofNullable(entries.get("readiness"))
                .flatMap(this::readiness)
                .orElse(new ReadinessSpec.PortOpen());
        var registers = Optional.ofNullable(entries.get("register-with-registry"))
                .flatMap(n -> reader.bool(n, "register-with-registry"))
                .orElse(false);
        return command.map(c -> new ServiceLaunch.Command(c, workingDir, readiness, registers));
    }

    private Optional<ReadinessSpec> readiness(Node node) {
        var entries = reader.entries(node, "readiness", Set.of("http", "port"));
        if (entries.size() != 1) {
            reader.problem(
                    node,
                    "'readiness' needs exactly one of 'http' or 'port'",
                    "write 'readiness: {http: /health}' or 'readiness: {port: true}'");
            return Optional.empty();
        }
        if (entries.containsKey("port")) {
            return reader.bool(entries.get("port"), "port").map(_ -> new ReadinessSpec.PortOpen());
        }
        var pathNode = entries.get("http");
        return reader.text(pathNode, "http").flatMap(path -> {
            if (!path.startsWith("/")) {
                reader.problem(
                        pathNode,
                        "the readiness path '" + path + "' must start with '/'",
                        "write e.g. 'http: /health'");
                return Optional.empty();
            }
            return Optional.of(new ReadinessSpec.HttpPath(path));
        });
    }
}
