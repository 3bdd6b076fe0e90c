package dev.orrery.console.logs;

import java.time.Instant;
import java.util.Optional;

/// One log line as the logs view shows it.
///
/// @param instance the instance that wrote it, e.g. `heroes-service-1`
public record LogEntry(Instant time, String instance, LogLevel level, boolean stderr, String text) {

    /// Longer lines are cut to this many characters, to keep memory bounded.
    public static final int MAX_TEXT = 2_000;

    public LogEntry {
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + " …" : text;
    }

    /// The text without the service's own time stamp and level prefix, for display.
    public String message() {
        return SpringLogPrefix.strip(text);
    }

    public static LogEntry of(Instant time, String instance, boolean stderr, String text) {
        return new LogEntry(time, instance, LogLevel.of(text, stderr), stderr, text);
    }

    /// A line read after `previous` from the same instance: a stack trace line keeps the level of its message.
    public static LogEntry after(
            Optional<LogEntry> previous, Instant time, String instance, boolean stderr, String text) {
        return new LogEntry(time, instance, LogLevel.of(text, stderr, previous.map(LogEntry::level)), stderr, text);
    }
}
