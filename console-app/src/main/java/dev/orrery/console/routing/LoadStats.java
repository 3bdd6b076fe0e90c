package dev.orrery.console.routing;

import dev.orrery.console.ui.Tone;

/// What the load generator panel shows, as display-ready text.
///
/// @param state e.g. "running 0:42 of 2:00"
/// @param failedTone green when nothing failed, red otherwise
public record LoadStats(String state, String sent, String failed, Tone failedTone, String latency) {

    public static LoadStats notStarted() {
        return new LoadStats("Not started yet.", "—", "—", Tone.IDLE, "—");
    }
}
