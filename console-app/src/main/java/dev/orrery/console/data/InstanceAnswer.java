package dev.orrery.console.data;

/// What one instance answered when asked for its data, with in-memory storage.
///
/// @param title e.g. "heroes-service-1 · GET /heroes · 5 items"
/// @param body the answer, pretty-printed
public record InstanceAnswer(String title, String body) {}
