package dev.orrery.console.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.console.ui.Tone;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ClusterRowsFaultsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T19:00:00Z");

    @Test
    void pausedInstanceReadsPausedRatherThanUnhealthy() {
        var row = ClusterRows.instance(instance(InstanceState.UNHEALTHY), new ActiveFaults(true, 0, 0), NOW);

        assertThat(row.state()).isEqualTo("PAUSED");
        assertThat(row.tone()).isEqualTo(Tone.WARN);
    }

    @Test
    void slowAndFlakyAreTagsOnTheState() {
        var row = ClusterRows.instance(instance(InstanceState.UP), new ActiveFaults(false, 800, 0.3), NOW);

        assertThat(row.state()).isEqualTo("UP · slow 800 ms, flaky 30 %");
        assertThat(row.tone()).isEqualTo(Tone.GOOD);
    }

    @Test
    void stoppedInstanceShowsNoStaleFault() {
        var row = ClusterRows.instance(instance(InstanceState.STOPPED), new ActiveFaults(true, 800, 0), NOW);

        assertThat(row.state()).isEqualTo("STOPPED");
    }

    private static InstanceSnapshot instance(InstanceState state) {
        return new InstanceSnapshot(
                InstanceId.of("heroes-service", 1),
                ComponentKind.SERVICE,
                state,
                8081,
                "http://127.0.0.1:8081",
                "heroes-service:127.0.0.1:8081",
                OptionalLong.of(42),
                Optional.empty(),
                Optional.empty(),
                0,
                OptionalLong.empty(),
                OptionalInt.empty());
    }
}
