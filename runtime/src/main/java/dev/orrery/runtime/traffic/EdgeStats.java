package dev.orrery.runtime.traffic;

import java.time.Instant;

/// The traffic over one [Edge] during one second.
///
/// @param second the start of the second
/// @param errors requests answered with a 5xx status
public record EdgeStats(Edge edge, Instant second, int count, int errors, double meanLatencyMs, double p99LatencyMs) {}
