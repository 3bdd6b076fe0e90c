package dev.orrery.console.shell;

/// A way out of the problem the shell shows, offered as a button next to it, e.g. "Start on free ports".
///
/// @param label the button's text
/// @param apply what the button does; the problem is dismissed first
public record ProblemFix(String label, Runnable apply) {}
