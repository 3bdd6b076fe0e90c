package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One instance's process and lifecycle: start, wait for readiness, watch health, restart after a crash according
/// to its policy, stop gracefully or kill.
///
/// All state changes happen under one lock and go through [InstanceState#canMoveTo]; each started process has a
/// generation number so that late news from an earlier process (its exit, a readiness answer) is ignored.
public final class SupervisedProcess {

    private static final int SIGTERM_EXIT = 128 + 15;
    private static final Logger LOG = LoggerFactory.getLogger(SupervisedProcess.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration HEALTH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration STABLE_RUN = Duration.ofMinutes(1);
    private static final int CRASH_LINES = 20;
    private static final Duration OUTPUT_DRAIN = Duration.ofMillis(500);

    private final ProcessSpec spec;
    private final ProcessLauncher launcher;
    private final InstanceObserver observer;
    private final PidFiles pidFiles;
    private final Duration stopTimeout;
    private final LogBuffer buffer = new LogBuffer(LogBuffer.DEFAULT_CAPACITY);
    private final RotatingLogFile logFile;
    private final AtomicLong sequence = new AtomicLong();
    private final Object lock = new Object();

    /// Written under the lock; volatile so that [#state()] can read it without the lock.
    private volatile InstanceState state = InstanceState.STOPPED;
    private @Nullable Process process;
    private long generation;
    private boolean stopRequested;
    // Set by kill(), cleared by the next launch: the crash that follows was asked for, not a surprise.
    private boolean killedOnPurpose;
    private boolean paused;
    private @Nullable String failure;
    private int restarts;
    private @Nullable Instant startedAt;
    private @Nullable Instant upSince;
    private OptionalInt lastExitCode = OptionalInt.empty();
    private CompletableFuture<Void> ready = new CompletableFuture<>();
    private CompletableFuture<Void> ended = CompletableFuture.completedFuture(null);

    public SupervisedProcess(
            ProcessSpec spec,
            ProcessLauncher launcher,
            InstanceObserver observer,
            PidFiles pidFiles,
            RotatingLogFile logFile,
            Duration stopTimeout) {
        this.spec = spec;
        this.launcher = launcher;
        this.observer = observer;
        this.pidFiles = pidFiles;
        this.logFile = logFile;
        this.stopTimeout = stopTimeout;
    }

    public InstanceId id() {
        return spec.id();
    }

    public ProcessSpec spec() {
        return spec;
    }

    /// Starts the process; the future completes when it is UP, or fails once it crashed (ended by itself or missed
    /// its ready timeout) and its restart policy allows no further restart, or when it is stopped.
    public CompletableFuture<Void> start() {
        synchronized (lock) {
            if (state.isRunning()) {
                return ready;
            }
            stopRequested = false;
            return launch("started");
        }
    }

    /// Starts a process. A start still waiting for its instance to come up (a restart after a crash) keeps its
    /// future, so whoever waits learns when the instance is UP or has given up, not of each crash on the way.
    private CompletableFuture<Void> launch(String reason) {
        if (ready.isDone()) {
            ready = new CompletableFuture<>();
        }
        ended = new CompletableFuture<>();
        failure = null;
        killedOnPurpose = false;
        var gen = ++generation;
        move(InstanceState.STARTING, reason, OptionalInt.empty(), List.of());
        var future = ready;
        Thread.ofVirtual().name("orrery-start-" + spec.id()).start(() -> run(gen, future));
        return future;
    }

    private void run(long gen, CompletableFuture<Void> future) {
        Process started;
        try {
            started = launcher.start(spec);
        } catch (IOException e) {
            failLaunch(gen, future, e);
            return;
        }
        synchronized (lock) {
            if (gen != generation) {
                started.destroyForcibly();
                return;
            }
            process = started;
            startedAt = Instant.now();
            pidFiles.write(spec.id(), started.pid(), spec.marker());
        }
        LOG.debug("{} started as pid {}: {}", spec.id(), started.pid(), spec.command());
        var output = new OutputPump(spec.id(), started, this::record).start();
        // The crash report carries the last lines, so it waits for the output to be read to its end; a grandchild
        // that keeps the pipes open must not hold it up for long.
        started.onExit()
                .thenCompose(p -> output.completeOnTimeout(null, OUTPUT_DRAIN.toMillis(), TimeUnit.MILLISECONDS)
                        .thenApply(_ -> p))
                .thenAccept(p -> exited(gen, p.exitValue()));
        watch(gen, future);
    }

    private void failLaunch(long gen, CompletableFuture<Void> future, IOException e) {
        var message = "could not start " + spec.id() + ": " + e.getMessage();
        synchronized (lock) {
            if (gen == generation) {
                move(InstanceState.CRASHED, message, OptionalInt.empty(), List.of());
                ended.complete(null);
            }
        }
        future.completeExceptionally(new IOException(message, e));
    }

    private void watch(long gen, CompletableFuture<Void> future) {
        var deadline = Instant.now().plus(spec.readyTimeout());
        while (isCurrent(gen, InstanceState.STARTING)) {
            if (spec.readiness().isReady()) {
                becameUp(gen, future);
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                missedDeadline(gen);
                return;
            }
            pause(POLL);
        }
        new HealthWatch(this, gen, spec.readiness(), spec.healthFailures()).run(HEALTH_INTERVAL);
    }

    private void becameUp(long gen, CompletableFuture<Void> future) {
        synchronized (lock) {
            if (gen != generation || state != InstanceState.STARTING) {
                return;
            }
            upSince = Instant.now();
            move(InstanceState.UP, "ready: " + spec.readiness().describe(), OptionalInt.empty(), List.of());
        }
        future.complete(null);
    }

    private void missedDeadline(long gen) {
        Process current;
        synchronized (lock) {
            if (gen != generation) {
                return;
            }
            failure = "not ready within " + spec.readyTimeout().toSeconds() + " s ("
                    + spec.readiness().describe() + ")";
            current = process;
        }
        if (current != null) {
            destroyTree(current, true);
        }
    }

    boolean isCurrent(long gen, InstanceState expected) {
        synchronized (lock) {
            return gen == generation && state == expected;
        }
    }

    /// Called by the health watch; moves between UP and UNHEALTHY. Returns `false` when the watch should end.
    boolean healthChanged(long gen, boolean healthy, int failures) {
        synchronized (lock) {
            if (gen != generation || (state != InstanceState.UP && state != InstanceState.UNHEALTHY)) {
                return false;
            }
            if (healthy && state == InstanceState.UNHEALTHY) {
                move(InstanceState.UP, "health check passes again", OptionalInt.empty(), List.of());
            } else if (!healthy && state == InstanceState.UP) {
                var reason = "health check failed " + failures + " times ("
                        + spec.readiness().describe() + ")";
                move(InstanceState.UNHEALTHY, reason, OptionalInt.empty(), List.of());
            }
            return true;
        }
    }

    private void exited(long gen, int exitCode) {
        boolean restart;
        Duration delay;
        synchronized (lock) {
            if (gen != generation) {
                return;
            }
            process = null;
            paused = false;
            pidFiles.remove(spec.id());
            lastExitCode = OptionalInt.of(exitCode);
            var code = OptionalInt.of(exitCode);
            if (stopRequested) {
                move(InstanceState.STOPPED, stoppedReason(exitCode), code, List.of());
                ready.completeExceptionally(new IllegalStateException(spec.id() + " was stopped while starting"));
                ended.complete(null);
                return;
            }
            if (upSince != null && Duration.between(upSince, Instant.now()).compareTo(STABLE_RUN) >= 0) {
                restarts = 0;
            }
            var reason = Optional.ofNullable(failure).orElse("exited with code " + exitCode);
            restart = spec.restart().shouldRestart(exitCode, restarts);
            delay = spec.restart().backoff(restarts);
            move(InstanceState.CRASHED, reason + givenUp(restart), code, buffer.lastTexts(CRASH_LINES));
            if (!restart) {
                ready.completeExceptionally(new IllegalStateException(spec.id() + " " + reason + lastLinesHint()));
            }
            ended.complete(null);
        }
        if (restart) {
            scheduleRestart(gen, delay);
        }
    }

    /// 143 is how a JVM ends on the SIGTERM the supervisor sends: an ordinary stop, not worth an exit code that
    /// reads like an error.
    static String stoppedReason(int exitCode) {
        return exitCode == 0 || exitCode == SIGTERM_EXIT ? "stopped" : "stopped (exit code " + exitCode + ")";
    }

    private String givenUp(boolean restart) {
        if (restart) {
            return "";
        }
        return restarts == 0 ? "; not restarted (restart policy)" : "; gave up after " + restarts + " restarts";
    }

    private String lastLinesHint() {
        var lines = buffer.lastTexts(5);
        return lines.isEmpty() ? "" : "; last lines:\n    " + String.join("\n    ", lines);
    }

    private void scheduleRestart(long gen, Duration delay) {
        LOG.info("{} restarts in {} ms", spec.id(), delay.toMillis());
        Thread.ofVirtual().name("orrery-restart-" + spec.id()).start(() -> {
            pause(delay);
            synchronized (lock) {
                if (gen != generation || state != InstanceState.CRASHED || stopRequested) {
                    return;
                }
                restarts++;
                launch("restart " + restarts + " of at most " + spec.restart().maxRestarts());
            }
        });
    }

    /// Stops gracefully: SIGTERM, then SIGKILL after the stop timeout. Completes when the process has ended.
    public CompletableFuture<Void> stop() {
        Process current;
        CompletableFuture<Void> done;
        synchronized (lock) {
            stopRequested = true;
            done = ended;
            if (!state.isRunning()) {
                generation++;
                ready.completeExceptionally(new IllegalStateException(spec.id() + " was stopped"));
                return CompletableFuture.completedFuture(null);
            }
            current = process;
            if (state != InstanceState.STOPPING) {
                move(InstanceState.STOPPING, "stop requested", OptionalInt.empty(), List.of());
            }
            if (current == null) {
                generation++;
                move(InstanceState.STOPPED, "stopped before its process started", OptionalInt.empty(), List.of());
                ready.completeExceptionally(new IllegalStateException(spec.id() + " was stopped while starting"));
                return CompletableFuture.completedFuture(null);
            }
        }
        resumeBeforeStop(current);
        destroyTree(current, false);
        return current.onExit()
                .completeOnTimeout(current, stopTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(p -> {
                    if (p.isAlive()) {
                        LOG.warn("{} did not stop within {} s; killing it", spec.id(), stopTimeout.toSeconds());
                        destroyTree(p, true);
                    }
                    return done;
                });
    }

    /// A paused process would hold SIGTERM pending until it ran again, so a stop resumes it first.
    private void resumeBeforeStop(Process current) {
        synchronized (lock) {
            if (!paused) {
                return;
            }
            paused = false;
        }
        try {
            ProcessSignals.send("CONT", current);
            note("resumed (SIGCONT) before stopping");
        } catch (IllegalStateException e) {
            LOG.warn("{}: could not resume before stopping: {}", spec.id(), e.getMessage());
        }
    }

    /// Freezes the running process (SIGSTOP): it keeps its port but answers nothing. Its health check then fails
    /// as for any hung process. Fails when no process runs; pausing a paused process does nothing.
    public void pause() {
        Process current;
        synchronized (lock) {
            current = process;
            if (current == null || !state.isRunning() || state == InstanceState.STOPPING) {
                throw new IllegalStateException(spec.id() + " is " + state + "; only a running process can be paused");
            }
            if (paused) {
                return;
            }
            ProcessSignals.send("STOP", current);
            paused = true;
        }
        LOG.info("{} paused (SIGSTOP)", spec.id());
    }

    /// Lets a paused process run again (SIGCONT); does nothing when it is not paused.
    public void resume() {
        synchronized (lock) {
            if (!paused || process == null) {
                paused = false;
                return;
            }
            ProcessSignals.send("CONT", process);
            paused = false;
        }
        LOG.info("{} resumed (SIGCONT)", spec.id());
    }

    /// Whether the process is frozen by [#pause()].
    public boolean paused() {
        synchronized (lock) {
            return paused;
        }
    }

    /// Writes a line of the supervisor into the instance's log (buffer, file and log events), marked `[orrery]`, so
    /// that whoever reads the log sees what was done to the process and when.
    public void note(String text) {
        record(false, "[orrery] " + text);
    }

    /// Kills the process at once (SIGKILL) like a crash; the restart policy applies.
    public CompletableFuture<Void> kill() {
        Process current;
        synchronized (lock) {
            current = process;
            killedOnPurpose = current != null;
        }
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        destroyTree(current, true);
        return current.onExit().thenApply(_ -> null);
    }

    /// The current state, read without taking this instance's lock: observers told of another instance's change
    /// (while that one holds its own lock) may call it without risking a deadlock between two instances.
    public InstanceState state() {
        return state;
    }

    public InstanceStatus status() {
        synchronized (lock) {
            var pid = process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
            var up = state == InstanceState.UP || state == InstanceState.UNHEALTHY
                    ? Optional.ofNullable(upSince)
                    : Optional.<Instant>empty();
            return new InstanceStatus(
                    spec.id(), state, spec.port(), pid, Optional.ofNullable(startedAt), up, restarts, lastExitCode);
        }
    }

    public List<LogLine> recentLines() {
        return buffer.lines();
    }

    /// Releases the log file; call after the process has stopped.
    public void close() {
        logFile.close();
    }

    private void record(boolean stderr, String text) {
        var line = new LogLine(sequence.incrementAndGet(), Instant.now(), stderr, text);
        buffer.add(line);
        var notice = logFile.append(text);
        observer.logged(spec.id(), line);
        // Trouble with the log file shows where the user reads the instance's output; the file cannot take it.
        notice.ifPresent(n -> {
            var noticeLine = new LogLine(sequence.incrementAndGet(), Instant.now(), true, n);
            buffer.add(noticeLine);
            observer.logged(spec.id(), noticeLine);
        });
    }

    private void move(InstanceState to, String reason, OptionalInt exitCode, List<String> lastLines) {
        var transition = new InstanceTransition(spec.id(), state, to, reason, exitCode, lastLines);
        state = to;
        if (to == InstanceState.CRASHED && killedOnPurpose) {
            // Asked for (a fault, a lesson step, the benchmark): worth a line, not a warning.
            LOG.info("{} was killed on purpose: {}", spec.id(), reason);
        } else if (to == InstanceState.CRASHED) {
            LOG.warn("{} crashed: {}", spec.id(), reason);
        } else if (to == InstanceState.UP || to == InstanceState.STOPPED) {
            LOG.info("{} is {} ({})", spec.id(), to, reason);
        }
        observer.stateChanged(transition);
    }

    private static void destroyTree(Process process, boolean force) {
        process.descendants().forEach(d -> {
            if (force) {
                d.destroyForcibly();
            } else {
                d.destroy();
            }
        });
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
