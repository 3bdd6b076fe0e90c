package dev.orrery.runtime.export;

import java.util.LinkedHashMap;
import java.util.Map;

/// A Compose secret given to one service as a file.
///
/// @param source the secret's name in the file's top-level `secrets`
/// @param target the file's absolute path in the container
/// @param mode the file's permissions, where the Compose implementation applies them (a Docker Compose secret
///     from a file is bind-mounted with the host file's owner and permissions instead)
public record ComposeSecretMount(String source, String target, int mode) {

    Map<String, Object> tree() {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("source", source);
        tree.put("target", target);
        tree.put("mode", mode);
        return tree;
    }
}
