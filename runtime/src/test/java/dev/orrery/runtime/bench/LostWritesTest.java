package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LostWritesTest {

    @Test
    void anAcknowledgedNameMissingFromTheStoreIsLost() {
        var lost = LostWrites.of(List.of("Soak b #8", "Soak a #0", "Soak a #4"), List.of("Batman", "Soak a #4"));

        assertThat(lost).containsExactly("Soak a #0", "Soak b #8");
    }

    @Test
    void nothingIsLostWhenEveryAcknowledgedNameIsStored() {
        assertThat(LostWrites.of(List.of("Soak a #0"), List.of("Soak a #0", "Other")))
                .isEmpty();
        assertThat(LostWrites.of(List.of(), List.of("Other"))).isEmpty();
    }

    @Test
    void readsTheDisplayNamesOfAHeroesAnswer() {
        var body = "[{\"id\":1,\"displayName\":\"Batman\",\"powers\":[]},{\"id\":2,\"displayName\":\"Soak a #0\"}]";

        assertThat(LostWrites.heroNames(body)).contains(List.of("Batman", "Soak a #0"));
    }

    @Test
    void anAnswerThatIsNotAListHasNoNames() {
        assertThat(LostWrites.heroNames("{\"type\":\"urn:orrery:problem\"}")).isEmpty();
        assertThat(LostWrites.heroNames("<html>")).isEmpty();
    }
}
