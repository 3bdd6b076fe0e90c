package dev.orrery.runtime.supervisor;

import java.time.Instant;

/// One line a child process wrote.
///
/// @param sequence increases by one per line of the same instance, across restarts, so a reader can resume
/// @param stderr whether the line came from standard error
public record LogLine(long sequence, Instant time, boolean stderr, String text) {}
