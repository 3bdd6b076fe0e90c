package dev.orrery.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Removes the temporary files that [AtomicFileWriter] and [DataFolderProbe] leave only when their process dies
/// between creating and renaming (or deleting) one: `.NAME.DIGITS.tmp` and `.write-probe-DIGITS.tmp`.
///
/// Only files older than a grace period go, so that a writer of another process that is busy right now keeps its
/// file; the database's and the logs' folders are left alone, since their files belong to other programs.
public final class LeftoverTempFiles {

    /// Longer than any write of the runtime takes, even on a slow disk.
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverTempFiles.class);
    private static final Pattern TEMPORARY = Pattern.compile("\\..+[.-][0-9]+\\.tmp");
    private static final List<String> SWEPT_PARTS = List.of("run", "keys");

    private final Duration grace;

    public LeftoverTempFiles(Duration grace) {
        this.grace = grace;
    }

    /// Removes leftovers from the data folder, its `run/` and its `keys/`; returns how many went.
    public int sweep(Path dataFolder) {
        var removed = sweepFolder(dataFolder);
        for (var part : SWEPT_PARTS) {
            removed += sweepFolder(dataFolder.resolve(part));
        }
        return removed;
    }

    private int sweepFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        var before = Instant.now().minus(grace);
        try (Stream<Path> files = Files.list(folder)) {
            var old = files.filter(
                            f -> TEMPORARY.matcher(f.getFileName().toString()).matches())
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> modifiedBefore(f, before))
                    .toList();
            old.forEach(LeftoverTempFiles::remove);
            return old.size();
        } catch (IOException e) {
            LOG.debug("Could not look for leftover temporary files in {}: {}", folder, e.getMessage());
            return 0;
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                    .toInstant()
                    .isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
            LOG.info("Removed {}, left half-written by an earlier run", file);
        } catch (IOException e) {
            LOG.warn("Could not remove the leftover temporary file {}: {}", file, e.getMessage());
        }
    }
}
