package dev.orrery.registry.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class QuietEvictionTicksTest {

    private final QuietEvictionTicks filter = new QuietEvictionTicks();
    private final LoggerContext context = new LoggerContext();

    @Test
    void dropsTheEvictionTick() {
        var reply = decide(Level.INFO, "Running the evict task with compensationTime {}ms");

        assertThat(reply).isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsRegistrationsAndEvictions() {
        assertThat(decide(Level.INFO, "Registered instance {}/{} with status {} (replication={})"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.WARN, "Running the evict task failed")).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(Level level, String format) {
        var logger = context.getLogger("com.netflix.eureka.registry.AbstractInstanceRegistry");
        return filter.decide(null, logger, level, format, new Object[0], null);
    }
}
