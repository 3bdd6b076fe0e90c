package dev.orrery.console.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StableSlotsTest {

    @Test
    void keysKeepTheirSlotsWhileOthersComeAndGo() {
        var slots = new StableSlots();
        slots.update(List.of("a", "b", "c"));
        slots.update(List.of("a", "c"));
        slots.update(List.of("d", "a", "c"));

        assertThat(slots.slot("a")).isZero();
        assertThat(slots.slot("c")).isEqualTo(2);
        assertThat(slots.slot("d")).isEqualTo(1);
        assertThat(slots.slot("b")).isEqualTo(-1);
        assertThat(slots.span()).isEqualTo(3);
    }
}
