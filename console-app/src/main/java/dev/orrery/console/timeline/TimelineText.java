package dev.orrery.console.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// How the timeline says times, lengths, spans and markers in words, for its tooltips, details and list.
final class TimelineText {

    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TICK =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private TimelineText() {}

    /// e.g. `14:02:07.315`, in the machine's time zone.
    static String exact(Instant time) {
        return EXACT.format(time);
    }

    /// e.g. `14:02:00`, for the axis.
    static String tick(Instant time) {
        return TICK.format(time);
    }

    /// e.g. `850 ms`, `14.4 s`, `3 min 05 s`.
    static String length(Duration length) {
        if (length.toMillis() < 1_000) {
            return length.toMillis() + " ms";
        }
        if (length.toSeconds() < 60) {
            return String.format(Locale.ROOT, "%.1f s", length.toMillis() / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", length.toMinutes(), length.toSecondsPart());
    }

    /// The full story of a span: what, from when to when, and the events that opened and closed it.
    static String describe(TimelineSpan span, Instant now) {
        var what = span.lane() + " · " + span.label() + (span.kind().fault() ? " (injected fault)" : " (not UP)");
        var when = span.open()
                ? "since " + exact(span.start()) + ", still on after " + length(span.length(now))
                : exact(span.start()) + " → " + exact(span.endOr(now)) + " (" + length(span.length(now)) + ")";
        var story = "began: " + span.startText();
        return span.open()
                ? what + "\n" + when + "\n" + story
                : what + "\n" + when + "\n" + story + "\nended: " + span.endText();
    }

    static String describe(TimelineMarker marker) {
        return marker.lane() + " · " + marker.label() + " at " + exact(marker.time()) + "\n" + marker.text();
    }
}
