package dev.orrery.runtime.token;

import dev.orrery.runtime.data.DataFolder;
import java.nio.file.Path;

/// Creates the folder that holds a cluster's secrets, readable by its owner only (`rwx------`).
final class PrivateFolder {
    private PrivateFolder() {}

    static void create(Path folder) {
        DataFolder.ensurePrivate(folder);
    }
}
