package dev.orrery.console.tokens;

/// A token the learner got in this session, as listed with its time left.
///
/// @param origin e.g. "logged in", "issued", "spoiled: expired"
/// @param timeLeft e.g. "9 min 12 s" or "expired"
public record TokenRow(String subject, String origin, String timeLeft, String compact) {}
