package dev.orrery.console.lessons;

/// A step as the lesson page shows it.
///
/// @param actionLabel the button's text, empty when the learner acts elsewhere
/// @param observation what the last check saw, e.g. "they disagree: heroes-service-1 lists 5 heroes, …"
/// @param actionResult what the button's action got, e.g. "POST /assignment → 202"
public record StepItem(
        int index,
        String title,
        String text,
        String actionLabel,
        StepState state,
        String observation,
        String actionResult) {}
