package dev.orrery.runtime.token;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Parses token lifetimes as people write them: `90s`, `10m`, `1h`, `2d`, or ISO-8601 such as `PT10M`.
public final class TokenTtl {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Duration MAX = Duration.ofDays(365);

    private TokenTtl() {}

    public static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Duration duration = value.startsWith("p") ? iso(text.strip()) : shortForm(value, text);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive, was '" + text + "'");
        }
        if (duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("token lifetime '" + text + "' is longer than a year");
        }
        return duration;
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(hint(text), e);
        }
    }

    private static Duration shortForm(String value, String original) {
        Matcher matcher = SHORT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(hint(original));
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static String hint(String text) {
        return "cannot read the duration '" + text + "': write e.g. 90s, 10m, 1h, 2d or PT10M";
    }
}
