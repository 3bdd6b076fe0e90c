package dev.orrery.support.parent;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Watches one process and runs an action once, as soon as that process is gone.
///
/// It relies on [ProcessHandle#onExit()] and, because that notification is not guaranteed for a process that is not
/// our child on every platform, also polls at a fixed interval. A process id reused by the operating system between
/// two polls would keep the watch from firing by polling alone; `onExit` covers that case where it is supported.
public final class ParentWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);

    private final long parentPid;
    private final Duration pollInterval;
    private final Runnable onParentGone;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledExecutorService poller;

    /// A watch of `parentPid` that runs `onParentGone` (once) when it is gone; call [#start()] to begin.
    public ParentWatch(long parentPid, Duration pollInterval, Runnable onParentGone) {
        this.parentPid = parentPid;
        this.pollInterval = pollInterval;
        this.onParentGone = onParentGone;
        this.poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("orrery-parent-watch").daemon(true).factory());
    }

    /// Starts watching; fires at once if the parent is already gone.
    public void start() {
        var parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            fire("was not running when this instance started");
            return;
        }

        LOG.info("Watching parent process {}: this instance stops when it ends", parentPid);
        parent.get().onExit().thenRun(() -> fire("has exited"));
        long millis = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            fire("is no longer running");
        }
    }

    private void fire(String why) {
        if (!fired.compareAndSet(false, true)) {
            return;
        }

        LOG.warn("Parent process {} {}: stopping this instance", parentPid, why);
        poller.shutdown();
        onParentGone.run();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
