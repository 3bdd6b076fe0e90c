package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.cluster.ComponentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakReportTest {

    private static final SoakReport REPORT = new SoakReport(
            10.02,
            12000,
            37,
            3000,
            List.of("Soak a #4"),
            20,
            19,
            List.of("25.1 s: heroes-service-1 killed (SIGKILL) for 5 s, all UP again 12.0 s after the heal"),
            List.of(new InstanceMemory("heroes-service-1", ComponentKind.SERVICE, new ProcessMemory(310.5, 201.25))),
            List.of(new InstanceMemory("heroes-service-1", ComponentKind.SERVICE, new ProcessMemory(350, 240))));

    @Test
    void jsonIsOneLineWithTheDocumentedKeys() {
        assertThat(REPORT.json())
                .isEqualTo("{\"minutes\":10.02,\"requests\":12000,\"failed\":37,\"acknowledgedWrites\":3000,"
                        + "\"lostWrites\":1,\"faults\":20,\"recoveries\":19,"
                        + "\"memoryStart\":{\"heroes-service-1\":{\"pssMb\":201.25,\"rssMb\":310.5}},"
                        + "\"memoryEnd\":{\"heroes-service-1\":{\"pssMb\":240,\"rssMb\":350}}}")
                .doesNotContain("\n");
    }

    @Test
    void textNamesTheFiguresTheFaultsTheLostWritesAndTheMemory() {
        var text = REPORT.text();

        assertThat(text)
                .contains("12000 requests, 37 failed (0.308 %)")
                .contains("3000 writes acknowledged, 1 lost")
                .contains("20 faults, 19 recovered")
                .contains("heroes-service-1 killed (SIGKILL)")
                .contains("lost: Soak a #4");
        assertThat(text.lines().filter(l -> l.startsWith("heroes-service-1 ")))
                .singleElement()
                .satisfies(row ->
                        assertThat(row.split("\\s+")).containsExactly("heroes-service-1", "201", "240", "311", "350"));
    }

    @Test
    void anInstanceGoneAtTheEndShowsADash() {
        var report = new SoakReport(1, 0, 0, 0, List.of(), 0, 0, List.of(), REPORT.memoryStart(), List.of());

        assertThat(report.text()).contains("0 requests, 0 failed (0 %)").containsPattern("heroes-service-1 .* - .* -");
        assertThat(report.json()).contains("\"lostWrites\":0").endsWith("\"memoryEnd\":{}}");
    }
}
