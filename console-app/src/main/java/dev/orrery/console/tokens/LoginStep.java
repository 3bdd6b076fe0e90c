package dev.orrery.console.tokens;

/// One step of the login walk-through: the request sent and what auth-service answered.
///
/// @param ok whether the step went as hoped
public record LoginStep(String title, String request, String answer, boolean ok) {}
