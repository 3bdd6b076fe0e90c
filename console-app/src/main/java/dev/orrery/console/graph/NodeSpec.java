package dev.orrery.console.graph;

import dev.orrery.console.ui.Tone;

/// One node of a graph picture, placed at its centre.
///
/// @param key identifies the node across pictures, so that it moves instead of being drawn anew
/// @param role a style class for the node's kind, e.g. `registry`, `application`, `instance`, `route`
/// @param detail a second, smaller line; empty for none
public record NodeSpec(String key, String role, String title, String detail, Tone tone, double x, double y) {}
