package dev.orrery.console.logs;

import java.util.regex.Pattern;

/// Spring Boot's console prefix on each log line: time, level, pid, `---`, [application], [thread]. The console
/// shows its own time and level, so it drops this prefix and keeps the logger and the message.
public final class SpringLogPrefix {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+(?:ERROR|WARN|INFO|DEBUG|TRACE)\\s+\\d+\\s+---\\s+(?:\\[[^\\]]*\\]\\s+)*");

    private SpringLogPrefix() {}

    /// The line without the prefix; other lines unchanged.
    public static String strip(String line) {
        return PREFIX.matcher(line).replaceFirst("");
    }
}
