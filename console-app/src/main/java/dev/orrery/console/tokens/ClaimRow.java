package dev.orrery.console.tokens;

/// One line of a decoded token: a header field or claim, its value as shown, and what it means.
public record ClaimRow(String name, String value, String meaning) {}
