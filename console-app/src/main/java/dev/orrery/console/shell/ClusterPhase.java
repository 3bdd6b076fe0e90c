package dev.orrery.console.shell;

import dev.orrery.console.ui.Tone;

/// Where the cluster as a whole stands, as the header and status bar show it.
public enum ClusterPhase {
    STOPPED("stopped", Tone.IDLE),
    STARTING("starting", Tone.BUSY),
    RUNNING("running", Tone.GOOD),
    STOPPING("stopping", Tone.BUSY);

    private final String word;
    private final Tone tone;

    ClusterPhase(String word, Tone tone) {
        this.word = word;
        this.tone = tone;
    }

    public String word() {
        return word;
    }

    public Tone tone() {
        return tone;
    }
}
