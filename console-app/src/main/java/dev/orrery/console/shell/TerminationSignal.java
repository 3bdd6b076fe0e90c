package dev.orrery.console.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/// Lets `kill PID` (SIGTERM) end the console like closing its window: the console's own cluster stops, one it only
/// attached to keeps running, and the window goes away at once instead of waiting for the JVM's shutdown hooks.
public final class TerminationSignal {

    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignal.class);

    private TerminationSignal() {}

    /// Runs `quit` on a thread of its own when SIGTERM arrives; where the platform has no SIGTERM (Windows), the
    /// JVM's default handling stays.
    public static void onTerm(Runnable quit) {
        try {
            Signal.handle(
                    new Signal("TERM"),
                    signal -> Thread.ofPlatform()
                            .name("orrery-sigterm")
                            .daemon(false)
                            .start(quit));
        } catch (IllegalArgumentException e) {
            LOG.debug("No SIGTERM handler on this platform: {}", e.getMessage());
        }
    }
}
