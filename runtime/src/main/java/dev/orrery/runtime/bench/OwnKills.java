package dev.orrery.runtime.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/// Keeps the supervisor's crash warning for the instance the benchmark kills on purpose out of the terminal: the
/// benchmark announces that kill as its own step, and a warning would read as if something had gone wrong.
///
/// Only the first warning about that instance while this is open is held back (the crash the kill causes); any
/// later trouble with it, and every other instance's, is still reported.
final class OwnKills extends TurboFilter implements AutoCloseable {

    private final InstanceId victim;
    private final Optional<LoggerContext> context;
    private final AtomicBoolean held = new AtomicBoolean();

    private OwnKills(InstanceId victim, Optional<LoggerContext> context) {
        this.victim = victim;
        this.context = context;
    }

    /// Starts holding back the warning of the kill of `victim` that is about to happen; close once it happened.
    static OwnKills expect(InstanceId victim) {
        var context = LoggerFactory.getILoggerFactory() instanceof LoggerContext c
                ? Optional.of(c)
                : Optional.<LoggerContext>empty();
        var filter = new OwnKills(victim, context);
        context.ifPresent(c -> {
            filter.setContext(c);
            filter.start();
            c.addTurboFilter(filter);
        });
        return filter;
    }

    @Override
    public FilterReply decide(
            @Nullable Marker marker,
            Logger logger,
            Level level,
            @Nullable String format,
            @Nullable Object @Nullable [] params,
            @Nullable Throwable t) {
        boolean aboutVictim = level == Level.WARN
                && logger.getName().equals(SupervisedProcess.class.getName())
                && params != null
                && params.length > 0
                && victim.equals(params[0]);
        return aboutVictim && held.compareAndSet(false, true) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    @Override
    public void close() {
        context.ifPresent(c -> c.getTurboFilterList().remove(this));
        stop();
    }
}
