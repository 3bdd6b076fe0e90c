package dev.orrery.console.logs;

import java.util.regex.Pattern;

/// The prefix on each log line that repeats what the console shows in its own columns: Spring Boot's time, level,
/// pid, `---`, [application], [thread]; or the short `HH:mm:ss.SSS LEVEL` of Orrery's own programs (the database).
/// The console drops it and keeps the logger and the message.
public final class SpringLogPrefix {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+(?:ERROR|WARN|INFO|DEBUG|TRACE)\\s+\\d+\\s+---\\s+(?:\\[[^\\]]*\\]\\s+)*"
                    + "|^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\s+(?:ERROR|WARN|INFO|DEBUG|TRACE)\\s+");

    private SpringLogPrefix() {}

    /// The line without the prefix; other lines unchanged.
    public static String strip(String line) {
        return PREFIX.matcher(line).replaceFirst("");
    }
}
