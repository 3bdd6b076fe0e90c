package dev.orrery.runtime.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/// A request to stop the foreground cluster: Ctrl+C (SIGINT), SIGTERM, or `orrery down` through the control API.
///
/// Handling the signals instead of relying on a shutdown hook lets `orrery up` stop the cluster in order and
/// then exit with status 0.
final class StopSignal {
    private final CountDownLatch requested = new CountDownLatch(1);

    void installSignalHandlers() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> request());
            } catch (IllegalArgumentException e) {
                // This platform does not have the signal; the JVM's default handling stays.
            }
        }
    }

    void request() {
        requested.countDown();
    }

    boolean isRequested() {
        return requested.getCount() == 0;
    }

    /// Waits up to `timeout`; true when a stop was requested.
    boolean await(Duration timeout) throws InterruptedException {
        return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void await() throws InterruptedException {
        requested.await();
    }
}
