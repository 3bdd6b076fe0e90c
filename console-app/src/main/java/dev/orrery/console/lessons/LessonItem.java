package dev.orrery.console.lessons;

/// A lesson as the list shows it.
///
/// @param progress e.g. "1 of 2 steps" or "completed"
public record LessonItem(int number, String title, String progress, boolean completed) {}
