package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);
    private static final InstanceId THREATS = InstanceId.of("threats-service", 2);

    private final StringWriter text = new StringWriter();
    private final ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text));

    @BeforeEach
    void bothInstancesStartAndTheClusterRuns() {
        cluster(ClusterState.STOPPED, ClusterState.STARTING, 0);
        for (InstanceId id : List.of(HEROES, THREATS)) {
            instance(id, InstanceState.STOPPED, InstanceState.STARTING, 1);
            instance(id, InstanceState.STARTING, InstanceState.UP, 21);
        }
        cluster(ClusterState.STARTING, ClusterState.RUNNING, 22);
    }

    @Test
    void aRealStartIsTimedFromThatStartAndTheStartsRunningIsNotALine() {
        assertThat(output()).contains("  heroes-service-1       UP in 20.0 s").doesNotContain("RUNNING");
    }

    @Test
    void theClusterTurningDegradedAndRunningAgainIsPrintedOnceEachWay() {
        instance(HEROES, InstanceState.UP, InstanceState.CRASHED, 100);
        cluster(ClusterState.RUNNING, ClusterState.DEGRADED, 100);
        cluster(ClusterState.DEGRADED, ClusterState.DEGRADED, 101);
        instance(HEROES, InstanceState.CRASHED, InstanceState.STARTING, 101);
        instance(HEROES, InstanceState.STARTING, InstanceState.UP, 110);
        cluster(ClusterState.DEGRADED, ClusterState.RUNNING, 110);

        assertThat(output())
                .containsOnlyOnce("  cluster                DEGRADED: 1 of 2 UP (heroes-service-1 is CRASHED)")
                .containsOnlyOnce("  cluster                RUNNING again: 2 of 2 UP")
                .contains("  heroes-service-1       UP in 9.0 s");
    }

    @Test
    void anInstanceBackUpWithoutARestartSaysAgainNotTheTimeSinceItsProcessStarted() {
        instance(THREATS, InstanceState.UP, InstanceState.UNHEALTHY, 100);
        instance(THREATS, InstanceState.UNHEALTHY, InstanceState.UP, 103);

        assertThat(output())
                .contains("  threats-service-2      UP again after 3.0 s")
                .doesNotContain("threats-service-2      UP in 102");
    }

    @Test
    void everyFaultAndHealIsOneLine() {
        fault(new Fault.Pause(THREATS), new ActiveFaults(true, 0, 0));
        fault(new Fault.Resume(THREATS), ActiveFaults.NONE);
        fault(new Fault.Slow(HEROES, 800), new ActiveFaults(false, 800, 0));
        fault(new Fault.Flaky(HEROES, 0.3), new ActiveFaults(false, 800, 0.3));
        printer.onEvent(new ClusterEvent.FaultHealed(T0, HEROES, new ActiveFaults(false, 800, 0.3)));

        assertThat(output())
                .contains("  threats-service-2      fault: paused (SIGSTOP)")
                .contains("  threats-service-2      fault: resumed (SIGCONT)")
                .contains("  heroes-service-1       fault: slow 800 ms")
                .contains("  heroes-service-1       fault: flaky 30 %")
                .contains("  heroes-service-1       healed (was slow 800 ms, flaky 30 %)");
    }

    @Test
    void faultsThatEndWithTheirProcessSaySo() {
        fault(new Fault.Slow(HEROES, 500), new ActiveFaults(false, 500, 0));
        fault(new Fault.Kill(HEROES), ActiveFaults.NONE);
        instance(HEROES, InstanceState.UP, InstanceState.CRASHED, 100);
        printer.onEvent(new ClusterEvent.FaultHealed(T0, HEROES, new ActiveFaults(false, 500, 0)));

        assertThat(output())
                .contains("  heroes-service-1       fault: killed (SIGKILL)")
                .contains("  heroes-service-1       faults ended with its process (was slow 500 ms)");
    }

    private void instance(InstanceId id, InstanceState from, InstanceState to, int second) {
        printer.onEvent(new ClusterEvent.InstanceStateChanged(
                T0.plusSeconds(second), id, from, to, "", OptionalInt.empty(), List.of()));
    }

    private void cluster(ClusterState from, ClusterState to, int second) {
        String message = to == ClusterState.DEGRADED ? "heroes-service-1 is CRASHED" : "";
        printer.onEvent(new ClusterEvent.ClusterStateChanged(T0.plusSeconds(second), from, to, message));
    }

    private void fault(Fault fault, ActiveFaults active) {
        printer.onEvent(new ClusterEvent.FaultInjected(T0, fault.target(), fault, active));
    }

    private String output() {
        return text.toString();
    }
}
