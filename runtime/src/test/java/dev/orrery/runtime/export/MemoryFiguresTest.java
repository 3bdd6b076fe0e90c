package dev.orrery.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryFiguresTest {

    @Test
    void latestBenchmarkTableWinsAndMissingComponentsKeepTheirDefaults() {
        var markdown = """
                # Benchmarks

                | service | start (s) | RSS (MB) |
                |---|---:|---:|
                | registry | 4.1 | 230 MB |
                | `heroes-service` | 2.0 | 180 MB |

                Later run:

                | component | PSS (MB) | RSS (MB) |
                |---|---|---|
                | heroes-service-1 | 150 MB | 175.5 MiB |
                | heroes-service-2 | 140 MB | 170 MB |
                | mongo-java-server | 90 MB | 97 MB |
                """;

        var figures = MemoryFigures.fromBenchmarks(markdown, "docs/benchmarks.md");

        assertThat(figures.of("registry")).isEqualTo(230);
        assertThat(figures.of("heroes-service")).isEqualTo(176);
        assertThat(figures.of("gateway")).isEqualTo(MemoryFigures.DEFAULTS.get("gateway"));
        assertThat(figures.of("database")).isEqualTo(MemoryFigures.DEFAULTS.get("database"));
        assertThat(figures.source()).startsWith("docs/benchmarks.md");
    }

    @Test
    void notesWithoutMemoryFiguresGiveTheDefaults() {
        var figures = MemoryFigures.fromBenchmarks("| service | start (s) |\n|---|---|\n| registry | 4 |\n", "x");

        assertThat(figures).isEqualTo(MemoryFigures.defaults());
    }

    @Test
    void budgetAddsAQuarterRoundsUpAndDoublesForTheLimit() {
        var budget = MemoryBudget.forResident(200);

        assertThat(budget.request()).isEqualTo("256Mi");
        assertThat(budget.limit()).isEqualTo("512Mi");
    }

    @Test
    void theBundledBenchmarksGiveEveryJavaComponentAMeasuredFigureAndLeaveMongodItsDefault() {
        var figures = MemoryFigures.bundled();

        assertThat(figures.source())
                .startsWith("docs/benchmarks.md")
                .contains("auth-service", "gateway", "heroes-service", "registry", "threats-service");
        assertThat(figures.of("database")).isEqualTo(MemoryFigures.DEFAULTS.get("database"));
    }
}
