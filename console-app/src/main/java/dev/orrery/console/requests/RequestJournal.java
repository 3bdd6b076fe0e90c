package dev.orrery.console.requests;

import dev.orrery.runtime.lesson.Exchange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// Every request the learner sent from the console (composer or lessons) with the status it got, for the lesson
/// checks. Thread-safe; keeps the last 200.
public final class RequestJournal {

    private static final int LIMIT = 200;

    private final CopyOnWriteArrayList<Exchange> exchanges = new CopyOnWriteArrayList<>();

    public void record(Exchange exchange) {
        exchanges.add(exchange);
        while (exchanges.size() > LIMIT) {
            exchanges.removeFirst();
        }
    }

    /// Oldest first.
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public void clear() {
        exchanges.clear();
    }
}
