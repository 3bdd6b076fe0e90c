package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private static final List<InstanceId> TARGETS = List.of(
            InstanceId.of("heroes-service", 1),
            InstanceId.of("heroes-service", 2),
            InstanceId.of("threats-service", 1));

    @Test
    void gapsAndHoldsStayWithinTheirBounds() {
        var plan = new FaultPlan(new Random(7), TARGETS);
        for (var i = 0; i < 500; i++) {
            assertThat(plan.gap()).isBetween(FaultPlan.SHORTEST_GAP, FaultPlan.LONGEST_GAP);
            assertThat(plan.hold()).isBetween(FaultPlan.SHORTEST_HOLD, FaultPlan.LONGEST_HOLD);
        }
    }

    @Test
    void everyKindOfFaultHitsEveryTargetOverManyDraws() {
        var plan = new FaultPlan(new Random(42), TARGETS);
        var kinds = new HashSet<Class<?>>();
        var targets = new HashSet<InstanceId>();
        for (var i = 0; i < 400; i++) {
            var fault = plan.next();
            kinds.add(fault.getClass());
            targets.add(fault.target());
            if (fault instanceof Fault.Slow slow) {
                assertThat(slow.latencyMs()).isBetween(200L, 2000L);
            }
            if (fault instanceof Fault.Flaky flaky) {
                assertThat(flaky.share()).isBetween(0.2, 0.8);
            }
        }
        assertThat(kinds)
                .containsExactlyInAnyOrder(Fault.Kill.class, Fault.Pause.class, Fault.Slow.class, Fault.Flaky.class);
        assertThat(targets).containsExactlyInAnyOrderElementsOf(TARGETS);
    }

    @Test
    void theSameSeedGivesTheSameFaults() {
        assertThat(draw(new FaultPlan(new Random(99), TARGETS)))
                .isEqualTo(draw(new FaultPlan(new Random(99), TARGETS)));
        assertThat(draw(new FaultPlan(new Random(99), TARGETS)))
                .isNotEqualTo(draw(new FaultPlan(new Random(100), TARGETS)));
    }

    @Test
    void aPlanWithoutTargetsIsRefused() {
        assertThatThrownBy(() -> new FaultPlan(new Random(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service instance");
    }

    private static List<String> draw(FaultPlan plan) {
        var drawn = new ArrayList<String>();
        for (var i = 0; i < 20; i++) {
            var fault = plan.next();
            drawn.add(plan.gap() + " " + fault.target() + " " + fault.describe() + " " + plan.hold());
        }
        return drawn;
    }
}
