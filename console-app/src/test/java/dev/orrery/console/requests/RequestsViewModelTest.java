package dev.orrery.console.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestsViewModelTest {

    @Test
    void headerLinesAreReadAndABadOneIsNamed() {
        assertThat(HeaderLines.parse("Accept: application/json\n\nX-Trace: 1"))
                .containsExactly(
                        java.util.Map.entry("Accept", "application/json"), java.util.Map.entry("X-Trace", "1"));

        assertThatThrownBy(() -> HeaderLines.parse("Accept: a\nno colon here")).hasMessageContaining("line 2");
    }

    @Test
    void repeatSummarySaysWhoAnsweredAndWhetherTheyAgreed() {
        var agreeing = List.of(
                new RepeatSummary.Answer(200, "heroes-service-1", "[1]"),
                new RepeatSummary.Answer(200, "heroes-service-2", "[1]"));
        var disagreeing = List.of(
                new RepeatSummary.Answer(200, "heroes-service-1", "[1]"),
                new RepeatSummary.Answer(200, "heroes-service-2", "[1,2]"));

        assertThat(RepeatSummary.describe(agreeing))
                .contains("heroes-service-1 ×1, heroes-service-2 ×1")
                .contains("All answers agree.");
        assertThat(RepeatSummary.describe(disagreeing)).contains("2 different answers");
    }
}
