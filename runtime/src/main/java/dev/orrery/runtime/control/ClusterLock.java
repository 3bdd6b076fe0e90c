package dev.orrery.runtime.control;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.data.DiskTroubleException;
import dev.orrery.runtime.data.LeftoverTempFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/// The lock that lets one process at a time run a cluster from a data folder: an OS file lock on
/// `run/cluster.lock`, released by the OS when the process dies, so a crashed run never blocks the next one.
///
/// The lock file holds the owner's PID for messages; the lock, not the file's existence, is what counts.
public final class ClusterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ClusterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /// Proves that the data folder can be written (see [dev.orrery.runtime.data.DataFolderProbe]), then takes the
    /// lock and removes what a crashed run may have left: a stale control file and half-written temporary files.
    ///
    /// @throws ClusterAlreadyRunningException when another process holds it
    /// @throws DiskTroubleException when the data folder cannot be written or its disk is full; nothing is created
    public static ClusterLock acquire(RunFiles files) {
        new DataFolder(files.dataFolder()).verifyWritable();
        try {
            Files.createDirectories(files.runFolder());
            FileChannel channel = FileChannel.open(
                    files.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                OptionalLong owner = ownerPid(channel);
                channel.close();
                throw new ClusterAlreadyRunningException(files.dataFolder(), owner);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
                    0);
            Files.deleteIfExists(files.controlFile());
            new LeftoverTempFiles(LeftoverTempFiles.DEFAULT_GRACE).sweep(files.dataFolder());
            return new ClusterLock(channel, lock);
        } catch (IOException e) {
            throw DiskTroubleException.writing(files.lockFile(), e);
        }
    }

    /// Whether some process (this one included) holds the lock now.
    public static boolean isHeld(RunFiles files) {
        if (!Files.exists(files.lockFile())) {
            return false;
        }
        try (FileChannel channel =
                FileChannel.open(files.lockFile(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the cluster lock: " + e.getMessage(), e);
        }
    }

    private static @org.jspecify.annotations.Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM (another cluster object): as taken as by another process.
            return null;
        }
    }

    private static OptionalLong ownerPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
