package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/// A stop the supervisor asked for reads as a plain stop; only an unusual exit code is worth showing.
class StoppedReasonTest {

    @Test
    void anOrdinaryStopShowsNoExitCode() {
        assertThat(SupervisedProcess.stoppedReason(143)).isEqualTo("stopped");
        assertThat(SupervisedProcess.stoppedReason(0)).isEqualTo("stopped");
    }

    @Test
    void anUnusualExitCodeIsShown() {
        assertThat(SupervisedProcess.stoppedReason(137)).isEqualTo("stopped (exit code 137)");
        assertThat(SupervisedProcess.stoppedReason(1)).isEqualTo("stopped (exit code 1)");
    }
}
