package dev.orrery.runtime.bench;

import java.time.Duration;

/// How much the benchmark does: the number of runs, and whether it is the short run for CI (fewer requests, no
/// cluster with production timings, which alone takes minutes).
record BenchSettings(int runs, boolean quick) {

    static final int LOAD_PER_SECOND = 50;

    BenchSettings {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
        }
    }

    int warmup() {
        return quick ? 50 : 300;
    }

    int latencyPairs() {
        return quick ? 100 : 500;
    }

    Duration throughputTime() {
        return Duration.ofSeconds(quick ? 1 : 3);
    }

    Duration loadBeforeKill() {
        return Duration.ofSeconds(quick ? 1 : 2);
    }

    Duration loadAfterKill() {
        return Duration.ofSeconds(quick ? 4 : 6);
    }

    Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    /// Eureka's production timings need a fetch and a cache refresh of 30 s each, plus the first replication.
    Duration productionStartTimeout() {
        return Duration.ofSeconds(240);
    }

    boolean withProductionTimings() {
        return !quick;
    }
}
