package dev.orrery.console.timeline;

import dev.orrery.console.ui.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The timeline's spans, open and closed, with at most one open span per lane and kind; bounded in number.
///
/// Not thread-safe: its [TimelineRecorder] guards it.
final class SpanStore {

    private final int capacity;
    private final Map<Long, TimelineSpan> spans = new LinkedHashMap<>();
    private final Map<String, Map<SpanKind, Long>> open = new HashMap<>();
    private long nextId;

    /// @param capacity the most spans kept; the oldest closed ones go first
    SpanStore(int capacity) {
        this.capacity = capacity;
    }

    /// Opens a span; one of the same lane and kind still open is closed first with `text`.
    void open(String lane, SpanKind kind, String label, Tone tone, Instant time, String text) {
        close(lane, kind, time, text);
        var span = new TimelineSpan(nextId++, lane, kind, label, tone, time, Optional.empty(), text, "");
        spans.put(span.id(), span);
        open.computeIfAbsent(lane, l -> new EnumMap<>(SpanKind.class)).put(kind, span.id());
        trim();
    }

    /// Closes the lane's open span of this kind, if there is one.
    void close(String lane, SpanKind kind, Instant time, String text) {
        var kinds = open.get(lane);
        if (kinds == null || !kinds.containsKey(kind)) {
            return;
        }

        var id = kinds.remove(kind);
        spans.computeIfPresent(id, (k, span) -> span.closedAt(time, text));
    }

    void closeAll(String lane, List<SpanKind> kinds, Instant time, String text) {
        kinds.forEach(kind -> close(lane, kind, time, text));
    }

    /// Closes every open span of every lane.
    void closeEverything(Instant time, String text) {
        for (var lane : List.copyOf(open.keySet())) {
            closeAll(lane, List.of(SpanKind.values()), time, text);
        }
    }

    /// The open span of this lane and kind.
    Optional<TimelineSpan> openSpan(String lane, SpanKind kind) {
        return Optional.ofNullable(open.get(lane)).map(kinds -> kinds.get(kind)).map(spans::get);
    }

    boolean hasOpen(String lane) {
        return open.containsKey(lane) && !open.get(lane).isEmpty();
    }

    /// Whether the lane has any span that reaches into the window starting at `from`.
    boolean hasSpans(String lane, Instant from) {
        return spans.values().stream()
                .anyMatch(s -> s.lane().equals(lane) && !s.endOr(from).isBefore(from));
    }

    /// Forgets closed spans that ended before `from`.
    void forgetBefore(Instant from) {
        spans.values().removeIf(s -> s.end().filter(end -> end.isBefore(from)).isPresent());
    }

    /// Spans that reach into the window starting at `from`, oldest first.
    List<TimelineSpan> since(Instant from) {
        return spans.values().stream()
                .filter(s -> !s.endOr(from).isBefore(from))
                .toList();
    }

    int size() {
        return spans.size();
    }

    private void trim() {
        if (spans.size() <= capacity) {
            return;
        }

        Iterator<TimelineSpan> oldest = new ArrayList<>(spans.values()).iterator();
        while (spans.size() > capacity && oldest.hasNext()) {
            var span = oldest.next();
            if (!span.open()) {
                spans.remove(span.id());
            }
        }
    }
}
