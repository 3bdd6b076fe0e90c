package dev.orrery.console.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogLevelTest {

    private static final String WARNING = "2026-12-04T20:31:02.114Z  WARN 4242 --- [gateway] [task-1]"
            + " c.n.discovery.TimedSupervisorTask : task supervisor timed out";

    @Test
    void readsTheLevelWordSpringBootWrites() {
        assertThat(LogLevel.of(WARNING, false)).isEqualTo(LogLevel.WARN);
        assertThat(LogLevel.of("12:00:01.000 ERROR d.o.r.Main - failed", false)).isEqualTo(LogLevel.ERROR);
    }

    @Test
    void stackTraceLinesKeepTheLevelOfTheirMessage() {
        var message = LogEntry.of(Instant.now(), "gateway", false, WARNING);

        for (var line : new String[] {
            "",
            "java.util.concurrent.TimeoutException: null",
            "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
            "Caused by: java.net.SocketTimeoutException: Read timed out",
            "\t... 12 common frames omitted",
            "  at dev.orrery.Thing.run(Thing.java:1)"
        }) {
            assertThat(LogEntry.after(Optional.of(message), Instant.now(), "gateway", false, line)
                            .level())
                    .as(line)
                    .isEqualTo(LogLevel.WARN);
        }
    }

    @Test
    void aNewMessageWithoutLevelWordIsInfoOrWarnByItsStream() {
        var message = LogEntry.of(Instant.now(), "gateway", false, WARNING);

        assertThat(LogEntry.after(Optional.of(message), Instant.now(), "gateway", false, "Started in 2.1 s")
                        .level())
                .isEqualTo(LogLevel.INFO);
        assertThat(LogLevel.of("something odd", true)).isEqualTo(LogLevel.WARN);
    }

    @Test
    void theConsoleDropsPrefixesThatRepeatItsOwnColumns() {
        assertThat(SpringLogPrefix.strip(WARNING))
                .isEqualTo("c.n.discovery.TimedSupervisorTask : task supervisor timed out");
        assertThat(SpringLogPrefix.strip("19:21:09.141 INFO  d.b.m.w.Handler - channel closed"))
                .isEqualTo("d.b.m.w.Handler - channel closed");
    }
}
