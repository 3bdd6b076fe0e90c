package dev.orrery.runtime.control;

import dev.orrery.runtime.data.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/// Deletes what a cluster accumulates while running (database files, logs), leaving keys and users alone.
public final class ClusterReset {
    private ClusterReset() {}

    public static void deleteDataAndLogs(DataFolder folder) {
        deleteTree(folder.root().resolve("db"));
        deleteTree(folder.root().resolve("logs"));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
