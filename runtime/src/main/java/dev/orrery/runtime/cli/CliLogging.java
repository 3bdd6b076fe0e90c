package dev.orrery.runtime.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends the runtime's log to standard error: warnings only by default, so that the command's own output stays
/// readable (and `status --json` parseable); everything from INFO with `--verbose`.
final class CliLogging {
    private CliLogging() {}

    static void configure(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(verbose ? "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n" : "orrery: %level %msg%n");
        encoder.start();
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(verbose ? Level.INFO : Level.WARN);
        context.getLogger("io.netty").setLevel(Level.WARN);
        // The children's own output is in their log files; the terminal shows it only when asked.
        context.getLogger("orrery.child").setLevel(verbose ? Level.INFO : Level.OFF);
        context.getLogger("de.flapdoodle").setLevel(Level.WARN);
    }
}
