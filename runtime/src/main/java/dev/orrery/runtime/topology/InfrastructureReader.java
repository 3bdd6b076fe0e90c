package dev.orrery.runtime.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/// Reads the `registry`, `gateway`, `database` and `security` sections; an absent section means "not used", a
/// present one is enabled unless it says `enabled: false`.
final class InfrastructureReader {

    private final NodeReader reader;

    InfrastructureReader(NodeReader reader) {
        this.reader = reader;
    }

    RegistrySpec registry(Optional<Node> section) {
        if (section.isEmpty()) {
            return new RegistrySpec(false, RegistrySpec.DEFAULT_PORT);
        }
        var entries = reader.entries(section.get(), "registry", Set.of("enabled", "port"));
        return new RegistrySpec(
                enabled(entries.get("enabled")), port(entries.get("port"), "registry.port", RegistrySpec.DEFAULT_PORT));
    }

    GatewaySpec gateway(Optional<Node> section) {
        if (section.isEmpty()) {
            return new GatewaySpec(false, GatewaySpec.DEFAULT_PORT, GatewaySpec.DEFAULT_RETRIES);
        }
        var entries = reader.entries(section.get(), "gateway", Set.of("enabled", "port", "retries"));
        var retries = Optional.ofNullable(entries.get("retries")).stream()
                .mapToInt(n -> checkedRetries(n))
                .findFirst()
                .orElse(GatewaySpec.DEFAULT_RETRIES);
        return new GatewaySpec(
                enabled(entries.get("enabled")),
                port(entries.get("port"), "gateway.port", GatewaySpec.DEFAULT_PORT),
                retries);
    }

    DatabaseSpec database(Optional<Node> section) {
        if (section.isEmpty()) {
            return new DatabaseSpec(false, DatabaseEngineChoice.AUTO, DatabaseSpec.DEFAULT_PORT, Optional.empty());
        }
        var entries = reader.entries(section.get(), "database", Set.of("enabled", "engine", "port", "mongod"));
        var engine =
                Optional.ofNullable(entries.get("engine")).flatMap(this::engine).orElse(DatabaseEngineChoice.AUTO);
        var binary = Optional.ofNullable(entries.get("mongod"))
                .flatMap(n -> reader.text(n, "mongod"))
                .map(Path::of);
        return new DatabaseSpec(
                enabled(entries.get("enabled")),
                engine,
                port(entries.get("port"), "database.port", DatabaseSpec.DEFAULT_PORT),
                binary);
    }

    SecuritySpec security(Optional<Node> section) {
        if (section.isEmpty()) {
            return new SecuritySpec(false, SecuritySpec.DEFAULT_TOKEN_TTL, List.of());
        }
        var entries = reader.entries(section.get(), "security", Set.of("enabled", "token-ttl", "users"));
        var ttl = Optional.ofNullable(entries.get("token-ttl"))
                .flatMap(this::tokenTtl)
                .orElse(SecuritySpec.DEFAULT_TOKEN_TTL);
        var users = Optional.ofNullable(entries.get("users")).map(this::users).orElse(List.of());
        return new SecuritySpec(enabled(entries.get("enabled")), ttl, users);
    }

    /// Between a second and a year, the same bounds as `orrery token --ttl`: an issuer cannot date a token further.
    private Optional<Duration> tokenTtl(Node node) {
        return reader.duration(node, "token-ttl").filter(ttl -> {
            var fits = ttl.compareTo(Duration.ofSeconds(1)) >= 0 && ttl.compareTo(SecuritySpec.MAX_TOKEN_TTL) <= 0;
            if (!fits) {
                reader.problem(
                        node, "token-ttl " + ttl + " is out of range", "write from 1s to 8760h (a year), e.g. '10m'");
            }
            return fits;
        });
    }

    private List<DemoUser> users(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            reader.problem(
                    node,
                    "'security.users' must be a list, found " + NodeReader.describe(node),
                    "write one '- id: …' entry per user");
            return List.of();
        }
        return sequence.getValue().stream()
                .map(this::user)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<DemoUser> user(Node node) {
        var entries = reader.entries(node, "security.users", Set.of("id", "privileges", "second-factor"));
        var id = Optional.ofNullable(entries.get("id")).flatMap(n -> reader.text(n, "id"));
        if (id.isEmpty()) {
            reader.problem(node, "a user has no 'id'", "write 'id: student'");
            return Optional.empty();
        }
        var privilegesNode = Optional.ofNullable(entries.get("privileges"));
        var privileges =
                privilegesNode.map(n -> reader.strings(n, "privileges")).orElse(List.of());
        privileges.stream()
                .filter(p -> !DemoUser.KNOWN_PRIVILEGES.contains(p))
                .forEach(p -> reader.problem(
                        privilegesNode.orElseThrow(),
                        "unknown privilege '" + p + "'",
                        NodeReader.suggestion(p, DemoUser.KNOWN_PRIVILEGES)));
        var secondFactor = Optional.ofNullable(entries.get("second-factor"))
                .flatMap(n -> reader.bool(n, "second-factor"))
                .orElse(false);
        return Optional.of(new DemoUser(id.get(), privileges, secondFactor));
    }

    private Optional<DatabaseEngineChoice> engine(Node node) {
        var names = Arrays.stream(DatabaseEngineChoice.values())
                .map(DatabaseEngineChoice::yamlName)
                .toList();
        return reader.text(node, "engine").flatMap(value -> {
            var match = Arrays.stream(DatabaseEngineChoice.values())
                    .filter(e -> e.yamlName().equals(value))
                    .findFirst();
            if (match.isEmpty()) {
                reader.problem(node, "unknown database engine '" + value + "'", NodeReader.suggestion(value, names));
            }
            return match;
        });
    }

    private int checkedRetries(Node node) {
        var retries = reader.integer(node, "retries");
        if (retries.isPresent() && (retries.getAsInt() < 0 || retries.getAsInt() > 10)) {
            reader.problem(node, "retries " + retries.getAsInt() + " is out of range", "write 0 to 10");
        }
        return retries.orElse(GatewaySpec.DEFAULT_RETRIES);
    }

    private boolean enabled(Node node) {
        return node == null || reader.bool(node, "enabled").orElse(true);
    }

    private int port(Node node, String key, int fallback) {
        return node == null ? fallback : reader.port(node, key).orElse(fallback);
    }
}
