package dev.orrery.runtime.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/// A Compose file: the project name, its services, named volumes and file-backed secrets.
///
/// @param secrets secret name → file path relative to the Compose file
public record ComposeFile(
        String name,
        SequencedMap<String, ComposeService> services,
        List<String> volumes,
        SequencedMap<String, String> secrets) {

    public ComposeFile {
        services = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(services));
        volumes = List.copyOf(volumes);
        secrets = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(secrets));
    }

    /// The file as YAML.
    public String yaml() {
        return YamlDocuments.write(List.of(tree()));
    }

    private Map<String, Object> tree() {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("name", name);
        var serviceTrees = new LinkedHashMap<String, Object>();
        services.forEach((service, definition) -> serviceTrees.put(service, definition.tree()));
        tree.put("services", serviceTrees);
        if (!volumes.isEmpty()) {
            var definitions = new LinkedHashMap<String, Object>();
            // An empty definition: a local volume managed by Compose, kept across `down` and `up`.
            volumes.forEach(volume -> definitions.put(volume, new LinkedHashMap<>()));
            tree.put("volumes", definitions);
        }
        if (!secrets.isEmpty()) {
            var definitions = new LinkedHashMap<String, Object>();
            secrets.forEach((secret, file) -> definitions.put(secret, Map.of("file", file)));
            tree.put("secrets", definitions);
        }
        return tree;
    }
}
