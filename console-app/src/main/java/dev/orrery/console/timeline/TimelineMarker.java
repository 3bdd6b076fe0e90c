package dev.orrery.console.timeline;

import java.time.Instant;

/// A moment on the timeline: an instance restarted by its restart policy.
///
/// @param label short, e.g. `restart 1/3`
/// @param text the event in full, e.g. `restarted by policy: restart 1 of at most 3`
public record TimelineMarker(long id, String lane, Instant time, String label, String text) {}
