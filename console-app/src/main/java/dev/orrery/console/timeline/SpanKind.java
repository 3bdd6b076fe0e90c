package dev.orrery.console.timeline;

import dev.orrery.console.ui.Tone;

/// What a span on the timeline stands for: an injected fault or a time the instance was not UP.
///
/// Each kind has its own track inside a lane, so that faults that overlap in time (a paused instance that is also
/// slow) never hide each other.
public enum SpanKind {
    /// Killed by a fault, until the instance is UP again.
    KILLED(0, Tone.BAD, true),
    /// Frozen by SIGSTOP, until resumed or healed.
    PAUSED(0, Tone.WARN, true),
    /// Answers with added latency, until healed.
    SLOW(1, Tone.WARN, true),
    /// Fails a share of its requests, until healed.
    FLAKY(2, Tone.WARN, true),
    /// Not UP (crashed, restarting, unhealthy or stopped), until UP again.
    OUTAGE(3, Tone.BAD, false);

    /// How many tracks a lane has.
    public static final int TRACKS = 4;

    private final int track;
    private final Tone tone;
    private final boolean fault;

    SpanKind(int track, Tone tone, boolean fault) {
        this.track = track;
        this.tone = tone;
        this.fault = fault;
    }

    /// The track inside a lane, from 0 (top).
    public int track() {
        return track;
    }

    /// The usual tone; an outage span carries its own (crashed is bad, restarting busy, stopped idle).
    public Tone tone() {
        return tone;
    }

    /// Whether a user injected it (as opposed to an outage the supervisor saw).
    public boolean fault() {
        return fault;
    }
}
