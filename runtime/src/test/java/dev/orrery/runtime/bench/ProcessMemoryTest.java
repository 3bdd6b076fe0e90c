package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsRssAndPssOfSmapsRollupInMebibytes() {
        var lines = List.of(
                "5581c0000000-7ffd1c5f2000 ---p 00000000 00:00 0                          [rollup]",
                "Rss:              204800 kB",
                "Pss:              122880 kB",
                "Pss_Anon:          90000 kB",
                "Shared_Clean:      81920 kB");

        assertThat(ProcessMemory.parse(lines)).contains(new ProcessMemory(200, 120));
    }

    @Test
    void incompleteRollupGivesNothing() {
        assertThat(ProcessMemory.parse(List.of("Rss: 10 kB"))).isEmpty();
    }

    @Test
    void thisProcessHasMemory() {
        var own = ProcessMemory.of(ProcessHandle.current().pid());

        assertThat(own)
                .hasValueSatisfying(m -> assertThat(m.rssMb()).isGreaterThan(1).isGreaterThanOrEqualTo(m.pssMb()));
    }
}
