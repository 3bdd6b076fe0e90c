package dev.orrery.runtime.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/// Reads a topology file into a [Topology], checking all of it before anything can start.
///
/// Every problem of the file is collected (not only the first) and thrown together as a [TopologyException]
/// whose problems name file, line and column, what is wrong and what to write instead.
public final class TopologyParser {

    static final Set<String> TOP_KEYS = Set.of("name", "registry", "gateway", "database", "security", "services");

    /// Reads and checks a topology file; relative command working folders resolve against its folder.
    public Topology read(Path file) throws TopologyException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            var location = new SourceLocation(file.toString(), 1, 1);
            throw new TopologyException(List.of(
                    new TopologyProblem(location, "cannot read the file: " + e.getMessage(), "check the path")));
        }
        var folder = Optional.ofNullable(file.toAbsolutePath().getParent());
        return parse(text, file.toString(), folder);
    }

    /// Parses and checks topology text; `source` names it in problems (a file name or `4-tokens.yaml`).
    public Topology parse(String text, String source) throws TopologyException {
        return parse(text, source, Optional.empty());
    }

    private Topology parse(String text, String source, Optional<Path> folder) throws TopologyException {
        var reader = new NodeReader(source);
        var root = compose(text, source);
        var entries = reader.entries(root, "", TOP_KEYS);
        var sections = new InfrastructureReader(reader);
        var name = Optional.ofNullable(entries.get("name"))
                .flatMap(n -> reader.text(n, "name"))
                .orElse(defaultName(source));
        var services = Optional.ofNullable(entries.get("services"))
                .map(n -> new ServicesReader(reader, folder).read(n))
                .orElse(List.of());
        var topology = new Topology(
                name,
                source,
                sections.registry(Optional.ofNullable(entries.get("registry"))),
                sections.gateway(Optional.ofNullable(entries.get("gateway"))),
                sections.database(Optional.ofNullable(entries.get("database"))),
                sections.security(Optional.ofNullable(entries.get("security"))),
                services);
        var problems = new ArrayList<>(reader.problems());
        if (problems.isEmpty()) {
            problems.addAll(new TopologyValidator(reader.locations(), source).check(topology));
        }
        if (!problems.isEmpty()) {
            throw new TopologyException(problems);
        }
        return topology;
    }

    private static Node compose(String text, String source) throws TopologyException {
        var settings = LoadSettings.builder().setLabel(source).build();
        try {
            return new Compose(settings)
                    .composeString(text)
                    .orElseThrow(() -> new TopologyException(List.of(new TopologyProblem(
                            new SourceLocation(source, 1, 1),
                            "the topology is empty",
                            "start from a preset, e.g. 4-tokens.yaml"))));
        } catch (MarkedYamlEngineException e) {
            var mark = e.getProblemMark().or(e::getContextMark);
            var location = mark.map(m -> new SourceLocation(source, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(new SourceLocation(source, 1, 1));
            throw new TopologyException(List.of(new TopologyProblem(
                    location, "not valid YAML: " + e.getProblem(), "check the indentation and the ':' after keys")));
        } catch (YamlEngineException e) {
            var location = new SourceLocation(source, 1, 1);
            throw new TopologyException(
                    List.of(new TopologyProblem(location, "not valid YAML: " + e.getMessage(), "")));
        }
    }

    private static String defaultName(String source) {
        var fileName = Path.of(source).getFileName();
        var base = fileName == null ? source : fileName.toString();
        return base.replaceFirst("\\.ya?ml$", "");
    }
}
