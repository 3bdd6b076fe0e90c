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

/// Starts child processes so that they die with the runtime, and only when the runtime says so.
///
/// On Linux each command runs under `setpriv --pdeathsig KILL` (util-linux), which makes the kernel kill the child
/// when its parent dies, even by `kill -9`. The kernel sends that signal when the *thread* that started the child
/// ends, so every child is started from one dedicated thread that lives as long as the runtime. Where `setpriv`
/// is missing (other systems), JVM children still end themselves by watching `orrery.parent-pid`, and the pid files
/// let the next start clean up other leftovers.
///
/// Each child also gets a session of its own (`setsid`, also util-linux): Ctrl+C in the terminal that runs
/// `orrery up` or the console interrupts the runtime alone, which then stops the cluster in order. Without it the
/// terminal would interrupt every child at once, and the ones stopped last would look crashed and be restarted.
public final class ProcessLauncher implements AutoCloseable {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "orrery-process-launcher");
        t.setDaemon(true);
        return t;
    });
    private final boolean parentDeathSignal;
    private final boolean ownSession;

    public ProcessLauncher() {
        this(linux() && Files.isExecutable(SETPRIV), linux() && Files.isExecutable(SETSID));
    }

    ProcessLauncher(boolean parentDeathSignal, boolean ownSession) {
        this.parentDeathSignal = parentDeathSignal;
        this.ownSession = ownSession;
    }

    private static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /// Whether children get the kernel's parent-death signal.
    public boolean killsChildrenWithParent() {
        return parentDeathSignal;
    }

    /// The command as it will really run.
    public List<String> wrap(List<String> command) {
        var wrapped = new ArrayList<String>();
        if (parentDeathSignal) {
            wrapped.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        }
        if (ownSession) {
            // Started by the JVM, the child leads no process group yet, so setsid runs the command in the same
            // process (no fork): the pid the supervisor knows stays the command's pid.
            wrapped.addAll(List.of(SETSID.toString(), "--"));
        }
        wrapped.addAll(command);
        return List.copyOf(wrapped);
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
