package dev.orrery.runtime.lesson;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/// Numbers a lesson notes the first time a check sees them (the starting point a later step is compared with).
/// Thread-safe; one per lesson run.
public final class LessonMemory {
    private final Map<String, Long> values = new ConcurrentHashMap<>();

    /// The value remembered under `key`, remembering `current` when there is none yet.
    public long firstSeen(String key, long current) {
        return values.computeIfAbsent(key, k -> current);
    }

    public OptionalLong get(String key) {
        Long value = values.get(key);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public void forget() {
        values.clear();
    }
}
