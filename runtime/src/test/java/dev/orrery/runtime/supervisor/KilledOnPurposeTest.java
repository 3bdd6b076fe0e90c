package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orrery.runtime.topology.RestartMode;
import dev.orrery.runtime.topology.RestartPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/// A process killed on purpose (a fault, a lesson step, the benchmark) is CRASHED like any killed process, but the
/// supervisor says so as information, not as a warning; a crash nobody asked for still warns.
class KilledOnPurposeTest {

    @TempDir
    Path temp;

    @Test
    void aKillAskedForIsInformationAndAnUnexpectedCrashAWarning() throws Exception {
        var logger = (Logger) LoggerFactory.getLogger(SupervisedProcess.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        // Other tests in this JVM (the command line's) may have turned the runtime's logging down to warnings.
        var level = logger.getLevel();
        logger.setLevel(Level.INFO);
        var marker = "orrery-killed-on-purpose-" + ProcessHandle.current().pid();
        var spec = new ProcessSpec(
                InstanceId.of("sleeper", 1),
                0,
                List.of("sh", "-c", "sleep 60", marker),
                Map.of(),
                temp,
                () -> true,
                Duration.ofSeconds(30),
                3,
                new RestartPolicy(RestartMode.NEVER, 0, Duration.ofMillis(100), Duration.ofMillis(100)),
                marker);
        try (var launcher = new ProcessLauncher()) {
            var process = new SupervisedProcess(
                    spec,
                    launcher,
                    new InstanceObserver() {
                        @Override
                        public void stateChanged(InstanceTransition transition) {}

                        @Override
                        public void logged(InstanceId id, LogLine line) {}
                    },
                    new PidFiles(temp.resolve("run")),
                    new RotatingLogFile(temp.resolve("sleeper-1.log"), RotatingLogFile.DEFAULT_MAX_BYTES, 2),
                    Duration.ofSeconds(5));
            try {
                process.start().get(30, TimeUnit.SECONDS);
                process.kill().get(30, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(30)).until(() -> process.state() == InstanceState.CRASHED);

                assertThat(appender.list)
                        .filteredOn(e -> e.getFormattedMessage().startsWith("sleeper-1 "))
                        .filteredOn(e -> e.getLevel() == Level.WARN)
                        .isEmpty();
                assertThat(appender.list)
                        .anyMatch(e -> e.getLevel() == Level.INFO
                                && e.getFormattedMessage().startsWith("sleeper-1 was killed on purpose"));

                process.start().get(30, TimeUnit.SECONDS);
                ProcessHandle.allProcesses()
                        .filter(p -> p.info().commandLine().orElse("").contains(marker))
                        .forEach(ProcessHandle::destroyForcibly);
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(appender.list)
                                .anyMatch(e -> e.getLevel() == Level.WARN
                                        && e.getFormattedMessage().startsWith("sleeper-1 crashed")));
            } finally {
                process.stop().get(30, TimeUnit.SECONDS);
                logger.detachAppender(appender);
                logger.setLevel(level);
            }
        }
    }
}
