package dev.orrery.console.logs;

import java.time.Instant;

/// One log line as the logs view shows it.
///
/// @param instance the instance that wrote it, e.g. `heroes-service-1`
public record LogEntry(Instant time, String instance, LogLevel level, boolean stderr, String text) {

    // Spring Boot's console prefix: time, level, pid, "---", [application], [thread]; the view shows its own
    // time and level, so it drops this prefix and keeps the logger and the message.
    private static final java.util.regex.Pattern SPRING_PREFIX = java.util.regex.Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+(?:ERROR|WARN|INFO|DEBUG|TRACE)\\s+\\d+\\s+---\\s+"
                    + "(?:\\[[^\\]]*\\]\\s+)*");

    /// Longer lines are cut to this many characters, to keep memory bounded.
    public static final int MAX_TEXT = 2_000;

    public LogEntry {
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + " …" : text;
    }

    /// The text without the service's own time stamp and level prefix, for display.
    public String message() {
        return SPRING_PREFIX.matcher(text).replaceFirst("");
    }

    public static LogEntry of(Instant time, String instance, boolean stderr, String text) {
        return new LogEntry(time, instance, LogLevel.of(text, stderr), stderr, text);
    }
}
