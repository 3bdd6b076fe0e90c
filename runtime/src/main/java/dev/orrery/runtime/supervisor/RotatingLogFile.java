package dev.orrery.runtime.supervisor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One instance's log file: appended line by line; when it passes a size it becomes `name.1` (the older `name.1`
/// becomes `name.2`, and so on up to a fixed number of old parts).
///
/// Writing is best effort: a full disk stops the file, never the instance (the in-memory buffer keeps working).
public final class RotatingLogFile implements AutoCloseable {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_KEPT_PARTS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(RotatingLogFile.class);

    private final Path file;
    private final long maxBytes;
    private final int keptParts;
    private @Nullable BufferedWriter writer;
    private long size;
    private boolean failed;

    public RotatingLogFile(Path file, long maxBytes, int keptParts) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keptParts = keptParts;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(String line) {
        if (failed) {
            return;
        }
        try {
            var out = open();
            out.write(line);
            out.newLine();
            out.flush();
            size += line.length() + 1L;
            if (size >= maxBytes) {
                rotate();
            }
        } catch (IOException e) {
            failed = true;
            LOG.warn("Stopped writing the log file {}: {}", file, e.getMessage());
        }
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
