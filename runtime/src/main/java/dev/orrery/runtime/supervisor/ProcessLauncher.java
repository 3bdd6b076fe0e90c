package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// Starts child processes so that they die with the runtime.
///
/// On Linux each command runs under `setpriv --pdeathsig KILL` (util-linux), which makes the kernel kill the child
/// when its parent dies, even by `kill -9`. The kernel sends that signal when the *thread* that started the child
/// ends, so every child is started from one dedicated thread that lives as long as the runtime. Where `setpriv`
/// is missing (other systems), JVM children still end themselves by watching `orrery.parent-pid`, and the pid files
/// let the next start clean up other leftovers.
public final class ProcessLauncher implements AutoCloseable {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "orrery-process-launcher");
        t.setDaemon(true);
        return t;
    });
    private final boolean parentDeathSignal;

    public ProcessLauncher() {
        this(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                && Files.isExecutable(SETPRIV));
    }

    ProcessLauncher(boolean parentDeathSignal) {
        this.parentDeathSignal = parentDeathSignal;
    }

    /// Whether children get the kernel's parent-death signal.
    public boolean killsChildrenWithParent() {
        return parentDeathSignal;
    }

    /// The command as it will really run.
    public List<String> wrap(List<String> command) {
        if (!parentDeathSignal) {
            return command;
        }
        var wrapped = new ArrayList<String>(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /// Starts the process from the launcher thread; stdout and stderr stay separate pipes.
    public Process start(ProcessSpec spec) throws IOException {
        var builder = new ProcessBuilder(wrap(spec.command()))
                .directory(spec.workDir().toFile());
        builder.environment().putAll(spec.environment());
        try {
            return thread.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting " + spec.id(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Could not start " + spec.id() + ": " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
