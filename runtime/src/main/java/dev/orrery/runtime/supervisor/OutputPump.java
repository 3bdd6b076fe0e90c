package dev.orrery.runtime.supervisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Reads a child's stdout and stderr line by line on two virtual threads, hands each line on, and logs it under
/// the child's own logger `orrery.child.<instance>` (stdout at INFO, stderr at WARN). When the child's JVM refuses
/// its AOT cache, says so once in the runtime's own log.
final class OutputPump {

    private static final Logger LOG = LoggerFactory.getLogger(OutputPump.class);

    /// Receives each line.
    @FunctionalInterface
    interface LineSink {
        void accept(boolean stderr, String text);
    }

    private final InstanceId id;
    private final Process process;
    private final LineSink sink;
    private final Logger childLog;
    private final AtomicBoolean aotRefusalLogged = new AtomicBoolean();

    OutputPump(InstanceId id, Process process, LineSink sink) {
        this.id = id;
        this.process = process;
        this.sink = sink;
        this.childLog = LoggerFactory.getLogger("orrery.child." + id);
    }

    /// Starts pumping; the future completes when both streams have ended (normally just after the process).
    CompletableFuture<Void> start() {
        var out = new CompletableFuture<Void>();
        var err = new CompletableFuture<Void>();
        Thread.ofVirtual().name("orrery-out-" + id).start(() -> pumpThenComplete(process.getInputStream(), false, out));
        Thread.ofVirtual().name("orrery-err-" + id).start(() -> pumpThenComplete(process.getErrorStream(), true, err));
        return CompletableFuture.allOf(out, err);
    }

    private void pumpThenComplete(InputStream stream, boolean stderr, CompletableFuture<Void> done) {
        try {
            pump(stream, stderr);
        } finally {
            done.complete(null);
        }
    }

    private void pump(InputStream stream, boolean stderr) {
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (stderr) {
                    childLog.warn("{}", line);
                } else {
                    childLog.info("{}", line);
                }
                noteAotRefusal(line);
                sink.accept(stderr, line);
            }
        } catch (IOException e) {
            childLog.debug("Output of {} ended: {}", id, e.getMessage());
        }
    }

    private void noteAotRefusal(String line) {
        if (AotCacheRejection.isRejection(line) && aotRefusalLogged.compareAndSet(false, true)) {
            LOG.warn(
                    "{} runs without its AOT cache, so it starts slower: its JVM refused the cache ({}). Rebuild the"
                            + " services with '{}' to make a cache for this Java.",
                    id,
                    line.strip(),
                    ServiceDistribution.BUILD_COMMAND);
        }
    }
}
