package dev.orrery.runtime.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/// Deletes a cluster's database files and logs so that it starts again from the seed data; keys, users and
/// anything else in the data folder stay. Only for a stopped cluster: a running database would keep its files open.
public final class ClusterDataReset {

    private final DataFolder folder;

    public ClusterDataReset(DataFolder folder) {
        this.folder = folder;
    }

    /// Empties `db/` and `logs/`.
    ///
    /// @throws UncheckedIOException naming the file that could not be deleted
    public void reset() {
        for (var dir : List.of(folder.db(), folder.logs())) {
            emptyFolder(dir);
        }
    }

    private static void emptyFolder(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + dir + ": stop the cluster and try again", e);
        }
    }
}
