package dev.orrery.console.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineRecorderTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);
    private static final InstanceId GATEWAY = InstanceId.single("gateway");

    private final TimelineRecorder recorder = new TimelineRecorder();

    @BeforeEach
    void runningCluster() {
        recorder.accept(cluster(0, ClusterState.STOPPED, ClusterState.STARTING));
        for (var id : List.of(GATEWAY, HEROES)) {
            recorder.accept(state(1, id, InstanceState.STOPPED, InstanceState.STARTING, "started"));
            recorder.accept(state(2, id, InstanceState.STARTING, InstanceState.UP, "ready"));
        }
        recorder.accept(cluster(3, ClusterState.STARTING, ClusterState.RUNNING));
    }

    @Test
    void theFirstStartOfAnInstanceIsNoOutage() {
        var picture = recorder.picture(at(4));

        assertThat(picture.lanes()).containsExactly("gateway", "heroes-service-1");
        assertThat(picture.spans()).isEmpty();
        assertThat(picture.quiet()).isTrue();
        assertThat(picture.entries()).hasSize(6);
    }

    @Test
    void aPauseIsOneSpanFromInjectionToHeal() {
        recorder.accept(inject(10, new Fault.Pause(HEROES), ActiveFaults.NONE.withPaused(true)));
        var during = recorder.picture(at(15));
        recorder.accept(new ClusterEvent.FaultHealed(at(20), HEROES, ActiveFaults.NONE.withPaused(true)));

        assertThat(during.spans()).singleElement().satisfies(span -> {
            assertThat(span.label()).isEqualTo("paused");
            assertThat(span.open()).isTrue();
            assertThat(span.endOr(at(15))).isEqualTo(at(15));
        });
        var span = recorder.picture(at(21)).spans().getFirst();
        assertThat(span.lane()).isEqualTo("heroes-service-1");
        assertThat(span.kind()).isEqualTo(SpanKind.PAUSED);
        assertThat(span.start()).isEqualTo(at(10));
        assertThat(span.end()).contains(at(20));
        assertThat(span.startText()).isEqualTo("paused (SIGSTOP)");
        assertThat(span.endText()).isEqualTo("healed: paused");
    }

    @Test
    void aResumeEndsThePauseButNotASlowdownThatOverlapsIt() {
        recorder.accept(inject(10, new Fault.Pause(HEROES), new ActiveFaults(true, 0, 0)));
        recorder.accept(inject(12, new Fault.Slow(HEROES, 800), new ActiveFaults(true, 800, 0)));
        recorder.accept(inject(14, new Fault.Flaky(HEROES, 0.3), new ActiveFaults(true, 800, 0.3)));
        recorder.accept(inject(16, new Fault.Resume(HEROES), new ActiveFaults(false, 800, 0.3)));

        var spans = recorder.picture(at(18)).spans();
        assertThat(spans).extracting(TimelineSpan::label).containsExactly("paused", "slow +800 ms", "flaky 30 %");
        assertThat(spans).extracting(s -> s.kind().track()).doesNotHaveDuplicates();
        assertThat(spans.get(0).end()).contains(at(16));
        assertThat(spans.get(1).open()).isTrue();
        assertThat(spans.get(2).open()).isTrue();
        assertThat(spans.get(1).startText())
                .as("faults that add up are named together")
                .isEqualTo("slow 800 ms · now " + new ActiveFaults(true, 800, 0).describe());

        recorder.accept(new ClusterEvent.FaultHealed(at(19), HEROES, new ActiveFaults(false, 800, 0.3)));
        assertThat(recorder.picture(at(20)).spans())
                .allSatisfy(s -> assertThat(s.open()).isFalse());
    }

    @Test
    void anotherLatencyEndsTheFirstSlowSpanAndStartsAnother() {
        recorder.accept(inject(10, new Fault.Slow(HEROES, 200), new ActiveFaults(false, 200, 0)));
        recorder.accept(inject(12, new Fault.Slow(HEROES, 2000), new ActiveFaults(false, 2000, 0)));

        var spans = recorder.picture(at(13)).spans();
        assertThat(spans).extracting(TimelineSpan::label).containsExactly("slow +200 ms", "slow +2000 ms");
        assertThat(spans.get(0).end()).contains(at(12));
        assertThat(spans.get(1).open()).isTrue();
    }

    @Test
    void aKillLastsUntilTheRestartPolicyBroughtTheInstanceUpAgain() {
        recorder.accept(inject(10, new Fault.Kill(HEROES), ActiveFaults.NONE));
        recorder.accept(crash(11, HEROES));
        recorder.accept(state(12, HEROES, InstanceState.CRASHED, InstanceState.STARTING, "restart 1 of at most 3"));
        recorder.accept(state(15, HEROES, InstanceState.STARTING, InstanceState.UP, "ready"));

        var picture = recorder.picture(at(16));
        assertThat(picture.spans())
                .extracting(TimelineSpan::label, TimelineSpan::start, TimelineSpan::end)
                .containsExactly(
                        tuple("killed", at(10), Optional.of(at(15))),
                        tuple("crashed", at(11), Optional.of(at(12))),
                        tuple("restarting", at(12), Optional.of(at(15))));
        assertThat(picture.markers()).singleElement().satisfies(marker -> {
            assertThat(marker.lane()).isEqualTo("heroes-service-1");
            assertThat(marker.time()).isEqualTo(at(12));
            assertThat(marker.label()).isEqualTo("restart 1/3");
        });
    }

    @Test
    void aCrashWithoutRestartStaysOpenUntilTheClusterStops() {
        recorder.accept(crash(10, HEROES));
        assertThat(recorder.picture(at(11)).spans())
                .singleElement()
                .satisfies(s -> assertThat(s.open()).isTrue());

        recorder.accept(cluster(20, ClusterState.DEGRADED, ClusterState.STOPPING));
        recorder.accept(state(21, GATEWAY, InstanceState.UP, InstanceState.STOPPING, "stop requested"));

        var spans = recorder.picture(at(22)).spans();
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.end()).contains(at(20));
            assertThat(s.endText()).isEqualTo("cluster stopping");
        });
    }

    @Test
    void anInstanceStoppedByTheUserIsAnOutageUntilItIsUpAgain() {
        recorder.accept(state(10, HEROES, InstanceState.UP, InstanceState.STOPPING, "stop requested"));
        recorder.accept(state(11, HEROES, InstanceState.STOPPING, InstanceState.STOPPED, "stopped"));
        recorder.accept(state(30, HEROES, InstanceState.STOPPED, InstanceState.STARTING, "started"));
        recorder.accept(state(33, HEROES, InstanceState.STARTING, InstanceState.UP, "ready"));

        assertThat(recorder.picture(at(34)).spans())
                .extracting(TimelineSpan::label)
                .containsExactly("stopped", "restarting");
        assertThat(recorder.picture(at(34)).markers())
                .as("a start by the user is no restart by policy")
                .isEmpty();
    }

    @Test
    void memoryStaysBoundedHoweverManyFaultsComeAndGo() {
        for (var i = 0; i < 5_000; i++) {
            recorder.accept(inject(10 + i, new Fault.Pause(HEROES), new ActiveFaults(true, 0, 0)));
            recorder.accept(inject(10 + i, new Fault.Resume(HEROES), ActiveFaults.NONE));
            recorder.accept(crash(10 + i, GATEWAY));
            recorder.accept(state(10 + i, GATEWAY, InstanceState.CRASHED, InstanceState.STARTING, "restart 1 of 3"));
            recorder.accept(state(10 + i, GATEWAY, InstanceState.STARTING, InstanceState.UP, "ready"));
        }

        var picture = recorder.picture(at(5_010));
        assertThat(picture.spans().size()).isLessThanOrEqualTo(TimelineRecorder.MAX_SPANS);
        assertThat(picture.markers().size()).isLessThanOrEqualTo(TimelineRecorder.MAX_MARKERS);
        assertThat(picture.entries()).hasSize(TimelineRecorder.MAX_ENTRIES);
        assertThat(picture.spans())
                .allSatisfy(s -> assertThat(s.endOr(at(5_010))).isAfter(at(5_010 - 300 - 1)));
        assertThat(recorder.picture(at(5_010 + 1_200)).spans()).isEmpty();
    }

    @Test
    void aNarrowerWindowShowsOnlyWhatReachesIntoIt() {
        recorder.accept(inject(10, new Fault.Pause(HEROES), new ActiveFaults(true, 0, 0)));
        recorder.accept(inject(20, new Fault.Resume(HEROES), ActiveFaults.NONE));
        recorder.accept(inject(100, new Fault.Slow(HEROES, 200), new ActiveFaults(false, 200, 0)));

        var picture = recorder.picture(at(120), java.time.Duration.ofMinutes(1));
        assertThat(picture.from()).isEqualTo(at(60));
        assertThat(picture.spans()).extracting(TimelineSpan::label).containsExactly("slow +200 ms");
        assertThat(recorder.picture(at(120)).spans()).hasSize(2);
    }

    @Test
    void aScaledDownInstanceLeavesItsLaneOnceItsSpansAreForgotten() {
        recorder.accept(inject(10, new Fault.Pause(HEROES), new ActiveFaults(true, 0, 0)));
        recorder.accept(new ClusterEvent.InstancesChanged(at(20), "heroes-service", List.of(), List.of(HEROES)));

        var right = recorder.picture(at(21));
        assertThat(right.lanes()).contains("heroes-service-1");
        assertThat(right.spans())
                .singleElement()
                .satisfies(s -> assertThat(s.end()).contains(at(20)));
        assertThat(recorder.picture(at(20 + 11 * 60)).lanes()).containsExactly("gateway");
    }

    @Test
    void aClusterSeenFirstWhileRunningStartsWithItsFaultsAndOutages() {
        var attached = new TimelineRecorder();
        attached.seed(
                ClusterState.DEGRADED,
                Map.of(GATEWAY, InstanceState.CRASHED, HEROES, InstanceState.UP),
                Map.of(HEROES, new ActiveFaults(false, 800, 0)),
                at(50));

        var picture = attached.picture(at(51));
        assertThat(picture.lanes()).containsExactly("gateway", "heroes-service-1");
        assertThat(picture.spans())
                .extracting(TimelineSpan::lane, TimelineSpan::label, TimelineSpan::start)
                .containsExactlyInAnyOrder(
                        tuple("gateway", "crashed", at(50)), tuple("heroes-service-1", "slow +800 ms", at(50)));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static ClusterEvent cluster(long second, ClusterState from, ClusterState to) {
        return new ClusterEvent.ClusterStateChanged(
                at(second), from, to, to.name().toLowerCase());
    }

    private static ClusterEvent state(long second, InstanceId id, InstanceState from, InstanceState to, String why) {
        return new ClusterEvent.InstanceStateChanged(at(second), id, from, to, why, OptionalInt.empty(), List.of());
    }

    private static ClusterEvent crash(long second, InstanceId id) {
        return new ClusterEvent.InstanceStateChanged(
                at(second),
                id,
                InstanceState.UP,
                InstanceState.CRASHED,
                "exited with code 137",
                OptionalInt.of(137),
                List.of());
    }

    private static ClusterEvent inject(long second, Fault fault, ActiveFaults active) {
        return new ClusterEvent.FaultInjected(at(second), fault.target(), fault, active);
    }
}
