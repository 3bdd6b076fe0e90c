package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.cluster.ComponentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final Machine MACHINE = new Machine(2, 24_000, "Java 25", 0.5, LocalDate.of(2026, 12, 4));

    @Test
    void jsonIsOneLineWithEveryKeyInOrderAndMedians() {
        var report = new BenchReport(List.of(run(4.0, 2), run(6.0, 0), run(5.0, 1)), MACHINE);

        var json = report.json();

        assertThat(json)
                .doesNotContain("\n")
                .startsWith("{\"coldStartSeconds\":5,")
                .endsWith(",\"runs\":3}");
        assertThat(json)
                .containsSubsequence(
                        "\"coldStartSeconds\"",
                        "\"coldStartCpuSeconds\":15",
                        "\"defaultTimingsColdStartSeconds\":null",
                        "\"scaleOutUpSeconds\":0.8",
                        "\"scaleOutServedSeconds\":1.2",
                        "\"killFailedRequests\":1",
                        "\"killGoneFromRegistrySeconds\":0.1",
                        "\"killGoneFromGatewaySeconds\":0.9",
                        "\"gatewayP50Ms\":2.5",
                        "\"directP50Ms\":1.5",
                        "\"gatewayP99Ms\":9",
                        "\"directP99Ms\":6",
                        "\"gatewayThroughputRatio\":0.75",
                        "\"maxServicePssMb\":110.5",
                        "\"maxServiceRssMb\":180");
    }

    @Test
    void textShowsMedianMinimumAndMaximumAndTheMachine() {
        var text = new BenchReport(List.of(run(4.0, 2), run(6.0, 0)), MACHINE).text();

        assertThat(text).contains("2 cores", "Java 25").containsPattern("coldStartSeconds\\s+5\\s+4\\s+6");
        assertThat(text).contains("heroes-service-1").contains("gateway");
    }

    private static BenchRun run(double coldStart, int failed) {
        var timing = new ComponentTiming(
                "heroes-service-1", Optional.of(0.1), Optional.of(1.0), Optional.of(1.2), Optional.of(1.5));
        return new BenchRun(
                new ColdStart.Result(Optional.of(coldStart), Optional.of(coldStart * 3), List.of(timing)),
                new GatewayOverhead.Result(2.5, 1.5, 9, 6, 750, 1000),
                List.of(
                        new InstanceMemory("heroes-service-1", ComponentKind.SERVICE, new ProcessMemory(180, 110.5)),
                        new InstanceMemory("gateway", ComponentKind.GATEWAY, new ProcessMemory(300, 250))),
                new ScaleOut.Result(Optional.of(0.8), Optional.of(1.2)),
                new KillUnderLoad.Result(300, failed, Optional.of(0.1), Optional.of(0.9)),
                Optional.empty());
    }
}
