package dev.orrery.console.lessons;

/// Where a step stands.
public enum StepState {
    /// An earlier step is not done yet.
    LATER,
    /// The step being checked now.
    CURRENT,
    /// Confirmed on the live cluster.
    DONE
}
