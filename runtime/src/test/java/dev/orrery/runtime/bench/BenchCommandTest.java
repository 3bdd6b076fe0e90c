package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    /// The report ends with the machine's line ([BenchReport#text()]); the opening line must not repeat it.
    @Test
    void openingLineLeavesTheMachineToTheReport() {
        var opening = BenchCommand.opening(new BenchSettings(1, true));

        assertThat(opening).isEqualTo("Benchmarking 4-tokens.yaml: 1 run(s) per figure, quick.");
        assertThat(opening).doesNotContain("cores", "load average", "Machine");
    }
}
