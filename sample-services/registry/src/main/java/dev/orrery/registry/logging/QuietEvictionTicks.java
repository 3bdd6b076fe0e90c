package dev.orrery.registry.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/// Drops Eureka's "Running the evict task" line, which it logs at INFO on every eviction run.
///
/// Orrery evicts every second, so that line would fill the registry's log (and the console's log view) with one
/// line a second while hiding the lines that matter: registrations, cancellations and evictions.
public final class QuietEvictionTicks extends TurboFilter {

    private static final String EVICTION_TICK = "Running the evict task";

    @Override
    public FilterReply decide(
            @Nullable Marker marker,
            Logger logger,
            Level level,
            @Nullable String format,
            @Nullable Object @Nullable [] params,
            @Nullable Throwable throwable) {
        if (format != null && level == Level.INFO && format.startsWith(EVICTION_TICK)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
