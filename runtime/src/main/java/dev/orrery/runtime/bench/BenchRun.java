package dev.orrery.runtime.bench;

import java.util.List;
import java.util.Optional;

/// The figures of one run of the benchmark.
///
/// @param productionColdStart the cold start of the same preset with production timings, when measured
record BenchRun(
        ColdStart.Result coldStart,
        GatewayOverhead.Result overhead,
        List<InstanceMemory> memory,
        ScaleOut.Result scaleOut,
        KillUnderLoad.Result kill,
        Optional<Double> productionColdStart) {

    BenchRun {
        memory = List.copyOf(memory);
    }

    /// The figures of the tuned cluster, waiting for the production-timings start that follows it.
    record Builder(
            ColdStart.Result coldStart,
            GatewayOverhead.Result overhead,
            List<InstanceMemory> memory,
            ScaleOut.Result scaleOut,
            KillUnderLoad.Result kill) {

        BenchRun build(Optional<Double> productionColdStart) {
            return new BenchRun(coldStart, overhead, memory, scaleOut, kill, productionColdStart);
        }
    }
}
