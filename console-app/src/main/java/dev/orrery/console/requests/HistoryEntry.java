package dev.orrery.console.requests;

/// A request sent from the composer, as the history lists it; selecting it puts it back into the composer.
///
/// @param outcome e.g. "200 · 12 ms · heroes-service-1" or "no answer"
public record HistoryEntry(
        String method,
        String path,
        String targetLabel,
        String headers,
        String body,
        boolean withToken,
        String outcome) {

    @Override
    public String toString() {
        return method + " " + path + "  →  " + outcome;
    }
}
