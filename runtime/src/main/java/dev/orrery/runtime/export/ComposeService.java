package dev.orrery.runtime.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/// One service of a Compose file, as the fields of the Compose specification that an export uses.
///
/// @param environment variables, `$` already escaped for Compose's interpolation
/// @param ports published ports (`127.0.0.1:8080:8080`)
/// @param dependsOn service name → condition (`service_healthy`)
/// @param volumes `volume:/path` mounts
/// @param user the user to run as, when not the image's
public record ComposeService(
        String image,
        List<String> command,
        SequencedMap<String, String> environment,
        List<String> ports,
        ComposeHealthcheck healthcheck,
        SequencedMap<String, String> dependsOn,
        List<ComposeSecretMount> secrets,
        List<String> volumes,
        int replicas,
        MemoryBudget memory,
        Optional<String> user) {

    public ComposeService {
        command = List.copyOf(command);
        environment = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(environment));
        ports = List.copyOf(ports);
        dependsOn = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(dependsOn));
        secrets = List.copyOf(secrets);
        volumes = List.copyOf(volumes);
    }

    /// The service as the maps and lists of a Compose file, empty fields left out.
    Map<String, Object> tree() {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("image", image);
        user.ifPresent(u -> tree.put("user", u));
        putUnlessEmpty(tree, "command", command);
        if (!environment.isEmpty()) {
            tree.put("environment", new LinkedHashMap<>(environment));
        }
        putUnlessEmpty(tree, "ports", ports);
        tree.put("healthcheck", healthcheck.tree());
        if (!dependsOn.isEmpty()) {
            var conditions = new LinkedHashMap<String, Object>();
            dependsOn.forEach((name, condition) -> conditions.put(name, Map.of("condition", condition)));
            tree.put("depends_on", conditions);
        }
        putUnlessEmpty(
                tree, "secrets", secrets.stream().map(ComposeSecretMount::tree).toList());
        putUnlessEmpty(tree, "volumes", volumes);
        tree.put("restart", "unless-stopped");
        tree.put("deploy", deploy());
        return tree;
    }

    private Map<String, Object> deploy() {
        var deploy = new LinkedHashMap<String, Object>();
        deploy.put("replicas", replicas);
        deploy.put(
                "resources",
                Map.of(
                        "limits", Map.of("memory", memory.limitMebibytes() + "M"),
                        "reservations", Map.of("memory", memory.requestMebibytes() + "M")));
        return deploy;
    }

    private static void putUnlessEmpty(Map<String, Object> tree, String key, List<?> values) {
        if (!values.isEmpty()) {
            tree.put(key, new ArrayList<>(values));
        }
    }
}
