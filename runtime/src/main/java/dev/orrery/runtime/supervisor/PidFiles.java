package dev.orrery.runtime.supervisor;

import dev.orrery.runtime.data.AtomicFileWriter;
import dev.orrery.runtime.data.DiskTroubleException;
import dev.orrery.runtime.data.FileMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One file per running child in the data folder's `run/` folder: its pid and a marker from its command line.
///
/// A runtime that dies without stopping its children (power cut, `kill -9` where the children's own parent watch
/// did not act) leaves these files; the next start on the same data folder kills the processes they name, but only
/// when the process with that pid still carries the marker, so an unrelated process that reused the pid survives.
public final class PidFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PidFiles.class);
    private static final String SUFFIX = ".pid";
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);

    private final Path folder;

    public PidFiles(Path folder) {
        this.folder = folder;
    }

    /// Records a started child. A file that cannot be written (full disk) costs only the clean-up after a crashed
    /// runtime, and children end with their parent anyway, so it is reported and the instance runs on.
    public void write(InstanceId id, long pid, String marker) {
        try {
            AtomicFileWriter.write(file(id), pid + "\n" + marker + "\n", FileMode.SHARED);
        } catch (DiskTroubleException e) {
            LOG.warn("{} runs without a pid file: {}", id, e.getMessage());
        }
    }

    public void remove(InstanceId id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            LOG.warn("Could not remove the pid file {}: {}", file(id), e.getMessage());
        }
    }

    /// Kills the leftovers of an earlier run and removes every pid file; returns the pids that were killed.
    public List<Long> killLeftovers() {
        var killed = new ArrayList<Long>();
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .toList()) {
                killLeftover(file).ifPresent(killed::add);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean up the run folder " + folder + ": " + e.getMessage(), e);
        }
        return killed;
    }

    private Optional<Long> killLeftover(Path file) throws IOException {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || lines.getFirst().isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var marker = lines.get(1);
        var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        var ours = handle.flatMap(h -> h.info().commandLine()).filter(c -> c.contains(marker));
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        LOG.warn("Killing pid {} left over by an earlier run ({})", pid, file.getFileName());
        handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
        handle.get().destroyForcibly();
        awaitExit(handle.get());
        return Optional.of(pid);
    }

    /// Waits until the killed process is gone, so that the port check that follows finds its ports free.
    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Pid {} was still alive {} s after SIGKILL", process.pid(), EXIT_TIMEOUT.toSeconds());
        }
    }

    private Path file(InstanceId id) {
        return folder.resolve(id + SUFFIX);
    }
}
