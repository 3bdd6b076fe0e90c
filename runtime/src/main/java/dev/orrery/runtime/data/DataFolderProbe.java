package dev.orrery.runtime.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Checks, before anything starts, that a data folder can hold a cluster: it can be created, a file can be created,
/// written, flushed and deleted in it and in each of its existing parts, and its disk has a minimum of free space.
///
/// Permission bits are not trusted (an administrator ignores them, a read-only mount keeps them): only a real write
/// tells. When the check fails, the folders it created are removed again, so a refused start leaves nothing behind.
public final class DataFolderProbe {

    /// Room for the instance logs at their size limit (3 parts of 5 MB for each of 8 instances) and the database.
    public static final long DEFAULT_MINIMUM_FREE_MB = 256;

    /// Environment variable that sets another minimum, in MB (e.g. 0 on a small disk that the user watches).
    public static final String MINIMUM_FREE_VARIABLE = "ORRERY_MIN_FREE_MB";

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderProbe.class);
    private static final int PROBE_BYTES = 4096;
    private static final long MB = 1024L * 1024;

    private final long minimumFreeMb;

    public DataFolderProbe(long minimumFreeMb) {
        this.minimumFreeMb = minimumFreeMb;
    }

    /// The probe with the minimum from [#MINIMUM_FREE_VARIABLE], or [#DEFAULT_MINIMUM_FREE_MB].
    public static DataFolderProbe fromEnvironment() {
        return new DataFolderProbe(minimumFrom(System.getenv()));
    }

    static long minimumFrom(Map<String, String> environment) {
        var value = Optional.ofNullable(environment.get(MINIMUM_FREE_VARIABLE)).map(String::strip);
        try {
            return value.map(Long::parseLong).filter(mb -> mb >= 0).orElse(DEFAULT_MINIMUM_FREE_MB);
        } catch (NumberFormatException e) {
            LOG.warn(
                    "{}={} is not a number of MB; using {}",
                    MINIMUM_FREE_VARIABLE,
                    value.get(),
                    DEFAULT_MINIMUM_FREE_MB);
            return DEFAULT_MINIMUM_FREE_MB;
        }
    }

    /// Creates the folder when missing and proves that it can be written.
    ///
    /// @throws DiskTroubleException naming the folder, what is wrong and what to do; nothing is left created
    public void verify(Path folder) {
        var root = folder.toAbsolutePath().normalize();
        var created = firstMissing(root);
        try {
            create(root);
            probe(root);
            for (var part : DataFolder.layout()) {
                probePart(root.resolve(part));
            }
            checkSpace(root);
        } catch (DiskTroubleException e) {
            created.ifPresent(DataFolderProbe::removeTree);
            throw e;
        }
    }

    private static void create(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw DiskTroubleException.dataFolder(root, DiskProblem.of(e), DiskProblem.reason(e), e);
        }
    }

    private static void probePart(Path part) {
        if (Files.isDirectory(part)) {
            probe(part);
        } else if (Files.exists(part)) {
            var failure = new IOException(part + " is a file");
            throw DiskTroubleException.dataFolder(part, DiskProblem.NOT_A_FOLDER, "it is a file", failure);
        }
    }

    private static void probe(Path folder) {
        @Nullable Path probe = null;
        try {
            probe = Files.createTempFile(folder, ".write-probe-", ".tmp");
            try (var channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(PROBE_BYTES));
                channel.force(true);
            }
        } catch (IOException e) {
            throw DiskTroubleException.dataFolder(folder, DiskProblem.of(e), DiskProblem.reason(e), e);
        } finally {
            if (probe != null) {
                deleteProbe(probe);
            }
        }
    }

    private void checkSpace(Path root) {
        long usableMb;
        try {
            usableMb = Files.getFileStore(root).getUsableSpace() / MB;
        } catch (IOException e) {
            throw DiskTroubleException.dataFolder(root, DiskProblem.of(e), DiskProblem.reason(e), e);
        }
        if (usableMb < minimumFreeMb) {
            var detail = "only " + usableMb + " MB free, at least " + minimumFreeMb + " MB needed";
            throw DiskTroubleException.dataFolder(root, DiskProblem.FULL, detail, new IOException(detail));
        }
    }

    /// The highest folder of the path that does not exist yet: removing it removes everything the check created.
    private static Optional<Path> firstMissing(Path root) {
        @Nullable Path missing = null;
        for (var path = root; path != null && !Files.exists(path); path = path.getParent()) {
            missing = path;
        }
        return Optional.ofNullable(missing);
    }

    private static void deleteProbe(Path probe) {
        try {
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            LOG.warn("Could not remove the probe file {}: {}", probe, e.getMessage());
        }
    }

    private static void removeTree(Path path) {
        if (!Files.isDirectory(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (var each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove {}: {}", path, e.getMessage());
        }
    }
}
