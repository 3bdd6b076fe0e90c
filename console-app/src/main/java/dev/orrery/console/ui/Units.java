package dev.orrery.console.ui;

import java.time.Duration;
import java.util.Locale;

/// How the console writes numbers with units: memory, durations, rates and latencies.
public final class Units {

    private Units() {}

    /// e.g. `96 MB`, `1.1 GB`.
    public static String bytes(long bytes) {
        var mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1024) {
            return String.format(Locale.ROOT, "%.1f GB", mb / 1024);
        }
        return String.format(Locale.ROOT, "%.0f MB", mb);
    }

    /// e.g. `0.6 s`, `12 s`, `2m 04s`, `1h 02m`.
    public static String duration(Duration duration) {
        var millis = Math.max(0, duration.toMillis());
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        var seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    /// e.g. `1.8 ms`, `120 ms`.
    public static String millis(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /// e.g. `26 rps`, `0.5 rps`.
    public static String rate(double perSecond) {
        return perSecond < 10 && perSecond != Math.rint(perSecond)
                ? String.format(Locale.ROOT, "%.1f rps", perSecond)
                : String.format(Locale.ROOT, "%.0f rps", perSecond);
    }

    /// An address without its scheme, e.g. `127.0.0.1:8080` for `http://127.0.0.1:8080`.
    public static String hostPort(String url) {
        return url.replaceFirst("^[a-z]+://", "").replaceFirst("/$", "");
    }
}
