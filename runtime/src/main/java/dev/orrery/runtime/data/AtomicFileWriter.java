package dev.orrery.runtime.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Writes whole files so that a reader, or the next start after a crash or power cut, sees the old content or the
/// new, never a mix: the content goes into a temporary file beside the target (created with its final permissions),
/// is flushed to the disk, and then renamed over the target in one step.
///
/// A failure at any point (full disk, read-only file system) leaves the old file as it was, removes the temporary
/// file, and throws a [DiskTroubleException] that names the file and says what to do.
///
/// Files appended to as they grow (instance logs) and the cluster lock (which must stay the same file while locked)
/// are the only files the runtime writes another way.
public final class AtomicFileWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);
    private static final AtomicFileWriter SYSTEM = new AtomicFileWriter(TempFileMaker.SYSTEM);

    private final TempFileMaker temps;

    AtomicFileWriter(TempFileMaker temps) {
        this.temps = temps;
    }

    /// Replaces `file` with `content` (UTF-8), creating missing folders.
    public static void write(Path file, String content, FileMode mode) {
        var bytes = content.getBytes(StandardCharsets.UTF_8);
        SYSTEM.replace(file, mode, out -> out.write(bytes));
    }

    /// Replaces `target` with a copy of `source`, creating missing folders.
    public static void copy(Path source, Path target, FileMode mode) {
        SYSTEM.replace(target, mode, out -> Files.copy(source, out));
    }

    /// Fills a temporary file with `content` and moves it over `target`.
    void replace(Path target, FileMode mode, Content content) {
        var file = target.toAbsolutePath();
        var folder = file.getParent();
        @Nullable Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = temps.create(folder, file.getFileName().toString(), mode);
            fill(temp, content);
            move(temp, file);
            temp = null;
            syncFolder(folder);
        } catch (IOException e) {
            throw DiskTroubleException.writing(file, e);
        } finally {
            if (temp != null) {
                deleteLeftover(temp);
            }
        }
    }

    private static void fill(Path temp, Content content) throws IOException {
        try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            var out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so only an unusual file system ends here; a plain replace is the best it offers.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /// Makes the rename itself durable; file systems that cannot open a folder (Windows) keep it in their journal.
    private static void syncFolder(Path folder) {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Could not sync the folder {}: {}", folder, e.getMessage());
        }
    }

    private static void deleteLeftover(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary file {}: {}", temp, e.getMessage());
        }
    }

    /// What goes into the file.
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
