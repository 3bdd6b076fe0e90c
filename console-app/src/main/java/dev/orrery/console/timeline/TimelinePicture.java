package dev.orrery.console.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/// Everything the timeline view shows at one moment, ready to draw.
///
/// @param now the right edge of the time axis
/// @param window how much time the axis shows, ending at `now`
/// @param lanes one per instance, in table order
/// @param spans faults and outages that reach into the window, oldest first
/// @param markers restarts by policy inside the window, oldest first
/// @param entries the event list, newest last
public record TimelinePicture(
        Instant now,
        Duration window,
        List<String> lanes,
        List<TimelineSpan> spans,
        List<TimelineMarker> markers,
        List<TimelineEntry> entries) {

    public TimelinePicture {
        lanes = List.copyOf(lanes);
        spans = List.copyOf(spans);
        markers = List.copyOf(markers);
        entries = List.copyOf(entries);
    }

    public static TimelinePicture empty() {
        return new TimelinePicture(Instant.EPOCH, TimelineRecorder.WINDOW, List.of(), List.of(), List.of(), List.of());
    }

    /// Whether nothing was ever broken: no span, no marker (the view then explains how to inject a fault).
    public boolean quiet() {
        return spans.isEmpty() && markers.isEmpty();
    }

    /// The left edge of the time axis.
    public Instant from() {
        return now.minus(window);
    }
}
