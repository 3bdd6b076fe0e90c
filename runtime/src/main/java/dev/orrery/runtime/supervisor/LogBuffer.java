package dev.orrery.runtime.supervisor;

import java.util.ArrayDeque;
import java.util.List;

/// The last lines of one instance, in memory, for the UI; older lines are dropped once it is full.
public final class LogBuffer {

    public static final int DEFAULT_CAPACITY = 2_000;

    private final int capacity;
    private final ArrayDeque<LogLine> lines;

    public LogBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(Math.min(capacity, 256));
    }

    public synchronized void add(LogLine line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    /// Every buffered line, oldest first.
    public synchronized List<LogLine> lines() {
        return List.copyOf(lines);
    }

    /// The last `count` lines' text, oldest first.
    public synchronized List<String> lastTexts(int count) {
        return lines.stream()
                .skip(Math.max(0, lines.size() - count))
                .map(LogLine::text)
                .toList();
    }
}
