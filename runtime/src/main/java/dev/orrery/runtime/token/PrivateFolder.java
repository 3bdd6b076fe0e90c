package dev.orrery.runtime.token;

import dev.orrery.runtime.data.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Creates the folder that holds a cluster's secrets, readable by its owner only (`rwx------`).
final class PrivateFolder {
    private PrivateFolder() {}

    static void create(Path folder) {
        try {
            Files.createDirectories(folder);
            DataFolder.restrictToOwner(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the private folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
