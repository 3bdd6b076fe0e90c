package dev.orrery.console.timeline;

import dev.orrery.console.ui.Tone;
import java.time.Instant;

/// One line of the timeline's event list.
///
/// @param lane the instance, or `cluster` for the cluster as a whole
/// @param text what happened, e.g. `paused (SIGSTOP)` or `UP → CRASHED: exited with code 137`
public record TimelineEntry(Instant time, String lane, String text, Tone tone) {}
