package dev.orrery.console.logs;

import dev.orrery.console.ui.Tone;
import java.util.Optional;
import java.util.regex.Pattern;

/// The level of a log line as the console colours and filters it, read from the line's text.
public enum LogLevel {
    ERROR(Tone.BAD),
    WARN(Tone.WARN),
    INFO(Tone.GOOD),
    DEBUG(Tone.IDLE),
    TRACE(Tone.IDLE);

    private static final Pattern LEVEL = Pattern.compile("\\b(ERROR|WARN|WARNING|INFO|DEBUG|TRACE)\\b");
    private static final Pattern CONTINUATION =
            Pattern.compile("$|\\s|at |Caused by:|Suppressed:|\\.\\.\\. \\d+ (?:more|common frames omitted)"
                    + "|[a-z][\\w$]*(?:\\.[\\w$]+)+(?:Exception|Error|Throwable)\\b");

    private final Tone tone;

    LogLevel(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }

    /// The first level word in the line (Spring Boot writes it after the time stamp); a line without one is
    /// WARN when it came from standard error, else INFO.
    public static LogLevel of(String text, boolean stderr) {
        return of(text, stderr, Optional.empty());
    }

    /// Like [#of(String, boolean)], but a line that continues the one before (a stack trace's `at …`,
    /// `Caused by: …`, `... 12 more`, an indented or empty line) has the level of the line it continues,
    /// `previous`.
    public static LogLevel of(String text, boolean stderr, Optional<LogLevel> previous) {
        var head = text.length() > 120 ? text.substring(0, 120) : text;
        if (CONTINUATION.matcher(head).lookingAt()) {
            return previous.orElse(stderr ? WARN : INFO);
        }
        var matcher = LEVEL.matcher(head);
        if (matcher.find()) {
            var word = matcher.group(1);
            return word.equals("WARNING") ? WARN : valueOf(word);
        }
        return stderr ? WARN : INFO;
    }

    /// Whether a line of this level passes a filter set to `minimum`.
    public boolean atLeast(LogLevel minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
