package dev.orrery.console.logs;

import dev.orrery.console.ui.Tone;
import java.util.regex.Pattern;

/// The level of a log line as the console colours and filters it, read from the line's text.
public enum LogLevel {
    ERROR(Tone.BAD),
    WARN(Tone.WARN),
    INFO(Tone.GOOD),
    DEBUG(Tone.IDLE),
    TRACE(Tone.IDLE);

    private static final Pattern LEVEL = Pattern.compile("\\b(ERROR|WARN|WARNING|INFO|DEBUG|TRACE)\\b");

    private final Tone tone;

    LogLevel(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }

    /// The first level word in the line (Spring Boot writes it after the time stamp); a line without one is
    /// WARN when it came from standard error (stack traces), else INFO.
    public static LogLevel of(String text, boolean stderr) {
        var head = text.length() > 120 ? text.substring(0, 120) : text;
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
