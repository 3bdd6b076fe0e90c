package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.PortConflict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/// A failed start raises its problem once; later refreshes do not bring it back over newer problems.
class ShellSummaryTest {

    private final ShellSummary summary = new ShellSummary();
    private final ClusterSnapshot stopped = ClusterSnapshot.stopped(Instant.now());

    @Test
    void aFailedStartRaisesItsProblemOnlyWithItsEvent() {
        var failed = summary.apply(changed(ClusterState.FAILED, "auth-service crashed while starting"), stopped);
        var refreshed = summary.apply(null, stopped);

        assertThat(failed.problem()).isEqualTo("auth-service crashed while starting");
        assertThat(refreshed.problem()).isEmpty();
    }

    @Test
    void takenPortsAreLeftToWhoeverStartedUntilTheNextStart() {
        var conflict =
                new PortConflict(8080, "gateway", OptionalLong.empty(), Optional.empty(), OptionalInt.of(8090), "hint");
        summary.apply(new ClusterEvent.PortProblem(Instant.now(), List.of(conflict)), stopped);

        var portsFailed = summary.apply(changed(ClusterState.FAILED, "Nothing was started: port 8080"), stopped);
        summary.apply(changed(ClusterState.STARTING, ""), stopped);
        var laterFailure = summary.apply(changed(ClusterState.FAILED, "the database did not start"), stopped);

        assertThat(portsFailed.problem()).isEmpty();
        assertThat(laterFailure.problem()).isEqualTo("the database did not start");
    }

    private static ClusterEvent changed(ClusterState to, String message) {
        return new ClusterEvent.ClusterStateChanged(Instant.now(), ClusterState.STARTING, to, message);
    }
}
