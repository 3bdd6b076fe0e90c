package dev.orrery.console.lessons;

/// What starting a lesson would do to the cluster the console shows now, so that the learner is asked (or told
/// why not) before anything stops.
public sealed interface StartImpact {

    /// Nothing runs: the lesson may start at once.
    record Free() implements StartImpact {}

    /// A cluster runs and starting the lesson stops it and resets its data; the message says which, for a dialog.
    record Confirm(String message) implements StartImpact {}

    /// The lesson cannot start here; the reason says why and what to do.
    record Refused(String reason) implements StartImpact {}
}
