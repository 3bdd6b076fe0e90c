package dev.orrery.console.graph;

import dev.orrery.console.ui.Tone;

/// One directed edge of a graph picture.
///
/// @param label text beside the edge, e.g. "26 rps · p50 1.8 ms"; empty for none
/// @param weight line width in pixels before zoom
/// @param flowing whether traffic flows now: the edge then animates
/// @param tone `GOOD` for plain traffic, `BAD` for failing requests (drawn dashed), `IDLE` for no traffic
public record EdgeSpec(String key, String from, String to, String label, double weight, boolean flowing, Tone tone) {}
