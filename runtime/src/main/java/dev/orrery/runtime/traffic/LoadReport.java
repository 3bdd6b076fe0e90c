package dev.orrery.runtime.traffic;

import java.time.Duration;

/// How a load run went so far, as its client saw it.
///
/// @param sent requests sent
/// @param succeeded answers with a status below 500
/// @param failed answers with a 5xx status, and requests that got no answer
/// @param skipped requests not sent because too many were still waiting for an answer
/// @param p50Ms median latency of the recent answers, 0 before the first
/// @param p99Ms 99th percentile latency of the recent answers, 0 before the first
/// @param running whether it is still sending
public record LoadReport(
        long sent,
        long succeeded,
        long failed,
        long skipped,
        double p50Ms,
        double p99Ms,
        Duration elapsed,
        Duration planned,
        boolean running) {}
