package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InstanceStateTest {

    @Test
    void lifecycleFollowsTheDesignedPath() {
        assertThat(InstanceState.STOPPED.canMoveTo(InstanceState.STARTING)).isTrue();
        assertThat(InstanceState.STARTING.canMoveTo(InstanceState.UP)).isTrue();
        assertThat(InstanceState.UP.canMoveTo(InstanceState.STOPPING)).isTrue();
        assertThat(InstanceState.STOPPING.canMoveTo(InstanceState.STOPPED)).isTrue();
    }

    @Test
    void healthAndCrashesAreSideTracks() {
        assertThat(InstanceState.UP.next())
                .containsExactlyInAnyOrder(InstanceState.UNHEALTHY, InstanceState.STOPPING, InstanceState.CRASHED);
        assertThat(InstanceState.UNHEALTHY.canMoveTo(InstanceState.UP)).isTrue();
        assertThat(InstanceState.CRASHED.next()).containsExactly(InstanceState.STARTING);
    }

    @Test
    void impossibleMovesAreRefused() {
        assertThat(InstanceState.STOPPED.canMoveTo(InstanceState.UP)).isFalse();
        assertThat(InstanceState.CRASHED.canMoveTo(InstanceState.STOPPED)).isFalse();
        assertThatThrownBy(() -> new InstanceTransition(
                        InstanceId.single("gateway"),
                        InstanceState.STOPPED,
                        InstanceState.UP,
                        "",
                        OptionalInt.empty(),
                        List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway cannot move from STOPPED to UP");
    }

    @Test
    void instanceIdsReadBackFromText() {
        assertThat(InstanceId.parse("heroes-service-2")).isEqualTo(InstanceId.of("heroes-service", 2));
        assertThat(InstanceId.parse("auth-service")).isEqualTo(InstanceId.single("auth-service"));
        assertThat(InstanceId.of("threats-service", 1)).hasToString("threats-service-1");
    }
}
