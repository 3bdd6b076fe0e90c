package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OwnKillsTest {

    private static final InstanceId VICTIM = InstanceId.of("heroes-service", 1);
    private static final InstanceId OTHER = InstanceId.of("heroes-service", 2);

    private final Logger supervisor = (Logger) LoggerFactory.getLogger(SupervisedProcess.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        supervisor.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        supervisor.detachAppender(logged);
    }

    @Test
    void theCrashWarningOfTheBenchmarksOwnKillIsHeldBackOnce() {
        try (var _ = OwnKills.expect(VICTIM)) {
            supervisor.warn("{} crashed: {}", VICTIM, "exited with code 137");
            supervisor.warn("{} crashed: {}", OTHER, "exited with code 1");
            supervisor.warn("{} crashed: {}", VICTIM, "exited with code 1");
        }

        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "heroes-service-2 crashed: exited with code 1", "heroes-service-1 crashed: exited with code 1");
    }

    @Test
    void outsideTheKillEveryCrashIsReported() {
        OwnKills.expect(VICTIM).close();

        supervisor.warn("{} crashed: {}", VICTIM, "exited with code 137");

        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("heroes-service-1 crashed: exited with code 137");
    }
}
