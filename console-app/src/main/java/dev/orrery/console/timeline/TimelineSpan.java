package dev.orrery.console.timeline;

import dev.orrery.console.ui.Tone;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/// One span on the timeline: a fault or an outage of one instance, from its start to its end (open while it lasts).
///
/// @param id unique within one timeline, stable while the span lives (open or closed)
/// @param lane the instance, e.g. `heroes-service-1`
/// @param label short, for the span itself: `killed`, `paused`, `slow +800 ms`, `flaky 30 %`, `crashed`, …
/// @param startText the event that opened it
/// @param endText the event that closed it; empty while open
public record TimelineSpan(
        long id,
        String lane,
        SpanKind kind,
        String label,
        Tone tone,
        Instant start,
        Optional<Instant> end,
        String startText,
        String endText) {

    public boolean open() {
        return end.isEmpty();
    }

    /// The end, or `now` while open.
    public Instant endOr(Instant now) {
        return end.orElse(now);
    }

    public Duration length(Instant now) {
        return Duration.between(start, endOr(now));
    }

    TimelineSpan closedAt(Instant time, String text) {
        return new TimelineSpan(id, lane, kind, label, tone, start, Optional.of(time), startText, text);
    }
}
