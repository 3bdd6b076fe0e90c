package dev.orrery.runtime.supervisor;

import java.time.Duration;

/// Checks an UP instance's health at an interval; after a number of failures in a row it reports UNHEALTHY, after
/// one success UP again. Ends when the instance's process (generation) is no longer current.
final class HealthWatch {

    private final SupervisedProcess process;
    private final long generation;
    private final ReadinessCheck check;
    private final int allowedFailures;

    HealthWatch(SupervisedProcess process, long generation, ReadinessCheck check, int allowedFailures) {
        this.process = process;
        this.generation = generation;
        this.check = check;
        this.allowedFailures = Math.max(1, allowedFailures);
    }

    void run(Duration interval) {
        var failures = 0;
        var healthy = true;
        while (process.healthChanged(generation, healthy, failures)) {
            SupervisedProcess.pause(interval);
            if (check.isReady()) {
                failures = 0;
                healthy = true;
            } else {
                failures++;
                healthy = failures < allowedFailures;
            }
        }
    }
}
