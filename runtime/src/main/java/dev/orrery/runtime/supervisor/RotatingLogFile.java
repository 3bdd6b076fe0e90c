package dev.orrery.runtime.supervisor;

import dev.orrery.runtime.data.DiskProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One instance's log file: appended line by line; when it passes a size it becomes `name.1` (the older `name.1`
/// becomes `name.2`, and so on up to a fixed number of old parts).
///
/// Writing is best effort: a full disk (or a file system that turned read-only) stops the file, never the instance.
/// The first failed line returns a notice for the instance's in-memory log (and the runtime logs a warning), lines
/// are then dropped from the file but kept in memory, and every [#DEFAULT_RETRY] a line tries the file again; once
/// it succeeds, a notice saying how many lines are missing is written to the file and returned too.
public final class RotatingLogFile implements AutoCloseable {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_KEPT_PARTS = 2;
    public static final Duration DEFAULT_RETRY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(RotatingLogFile.class);

    private final Path file;
    private final long maxBytes;
    private final int keptParts;
    private final Duration retry;
    private @Nullable BufferedWriter writer;
    private long size;
    private @Nullable Instant failedAt;
    private long dropped;

    public RotatingLogFile(Path file, long maxBytes, int keptParts) {
        this(file, maxBytes, keptParts, DEFAULT_RETRY);
    }

    /// @param retry how long after a failed write the file is tried again
    public RotatingLogFile(Path file, long maxBytes, int keptParts, Duration retry) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keptParts = keptParts;
        this.retry = retry;
    }

    public Path file() {
        return file;
    }

    /// Whether lines are being dropped from the file now because it could not be written.
    public synchronized boolean failing() {
        return failedAt != null;
    }

    /// Appends one line.
    ///
    /// @return a notice for the reader of the instance's log when writing the file stopped or works again with this
    ///     line; empty otherwise
    public synchronized Optional<String> append(String line) {
        var failed = failedAt;
        if (failed != null && Instant.now().isBefore(failed.plus(retry))) {
            dropped++;
            return Optional.empty();
        }
        try {
            var resumed = failed == null ? Optional.<String>empty() : Optional.of(resumedNotice());
            if (resumed.isPresent()) {
                write(resumed.get());
            }
            write(line);
            failedAt = null;
            dropped = 0;
            resumed.ifPresent(notice -> LOG.info("{}", notice));
            return resumed;
        } catch (IOException e) {
            return failed(e, failed == null);
        }
    }

    private void write(String line) throws IOException {
        var out = open();
        out.write(line);
        out.newLine();
        out.flush();
        size += line.length() + 1L;
        if (size >= maxBytes) {
            rotate();
        }
    }

    private Optional<String> failed(IOException e, boolean first) {
        failedAt = Instant.now();
        dropped++;
        close();
        if (!first) {
            return Optional.empty();
        }
        var problem = DiskProblem.of(e);
        var notice = "[orrery] Cannot write the log file " + file + ": " + problem.description() + " ("
                + DiskProblem.reason(e)
                + "). The instance keeps running; its lines stay in memory only, the file is tried again every "
                + retry.toSeconds() + " s — " + problem.remedy() + ".";
        LOG.warn("{}", notice);
        return Optional.of(notice);
    }

    private String resumedNotice() {
        return "[orrery] The log file " + file + " can be written again; " + dropped
                + " lines in between are missing from it.";
    }

    private BufferedWriter open() throws IOException {
        if (writer == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            size = Files.exists(file) ? Files.size(file) : 0;
            writer = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return writer;
    }

    private void rotate() throws IOException {
        close();
        for (var part = keptParts; part >= 1; part--) {
            var source = part == 1 ? file : part(part - 1);
            if (Files.exists(source)) {
                Files.move(source, part(part), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        size = 0;
    }

    private Path part(int number) {
        return file.resolveSibling(file.getFileName() + "." + number);
    }

    @Override
    public synchronized void close() {
        if (writer == null) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            LOG.debug("Closing {} failed", file, e);
        }
        writer = null;
    }
}
