package dev.orrery.console.timeline;

import java.util.List;
import javafx.collections.ObservableList;

/// Keeps the event list (newest first) in step with the recorder's entries (newest last) by adding the new ones at
/// the top and dropping the ones the recorder forgot at the bottom, so the table keeps its scroll position and
/// selection instead of being rebuilt every pulse.
final class EntryRows {

    private EntryRows() {}

    static void follow(ObservableList<TimelineEntry> rows, List<TimelineEntry> entries) {
        if (rows.isEmpty() || entries.isEmpty()) {
            rows.setAll(entries.reversed());
            return;
        }

        var newestShown = rows.getFirst();
        var at = entries.lastIndexOf(newestShown);
        if (at < 0) {
            rows.setAll(entries.reversed());
            return;
        }
        var added = entries.subList(at + 1, entries.size()).reversed();
        if (!added.isEmpty()) {
            rows.addAll(0, added);
        }
        if (rows.size() > entries.size()) {
            rows.remove(entries.size(), rows.size());
        }
    }
}
