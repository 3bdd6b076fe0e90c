package dev.orrery.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.cluster.Addresses;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.ComponentSnapshot;
import dev.orrery.runtime.cluster.DatabaseEngine;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.cluster.Route;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.fault.ActiveFaults;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.registry.RegisteredApplication;
import dev.orrery.runtime.registry.RegisteredInstance;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.LogLine;
import dev.orrery.runtime.supervisor.PortConflict;
import dev.orrery.runtime.traffic.Edge;
import dev.orrery.runtime.traffic.EdgeStats;
import dev.orrery.runtime.traffic.TrafficEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ClusterJsonTest {
    private static final Instant T = Instant.parse("2026-12-04T19:00:00.123Z");
    private static final InstanceId HEROES = InstanceId.of("heroes-service", 1);

    private final ClusterJson json = new ClusterJson();

    private static RegistrySnapshot registry() {
        var instance = new RegisteredInstance(
                "heroes-service:127.0.0.1:8081",
                "HEROES-SERVICE",
                "UP",
                "127.0.0.1",
                8081,
                Optional.of(T),
                Optional.empty(),
                3);
        return new RegistrySnapshot(T, true, List.of(new RegisteredApplication("HEROES-SERVICE", List.of(instance))));
    }

    @Test
    void everyKindOfEventComesBackEqual() {
        var registered = registry().instances().getFirst();
        List<ClusterEvent> events = List.of(
                new ClusterEvent.ClusterStateChanged(T, ClusterState.STARTING, ClusterState.RUNNING, "all up"),
                new ClusterEvent.StartProgress(T, "waiting", List.of(HEROES), Duration.ofMillis(1500)),
                new ClusterEvent.InstanceStateChanged(
                        T,
                        HEROES,
                        InstanceState.UP,
                        InstanceState.CRASHED,
                        "exited with code 137",
                        OptionalInt.of(137),
                        List.of("last line")),
                new ClusterEvent.InstancesChanged(
                        T, "heroes-service", List.of(InstanceId.of("heroes-service", 2)), List.of()),
                new ClusterEvent.InstanceLog(T, HEROES, new LogLine(7, T, true, "WARN something")),
                new ClusterEvent.RegistryChanged(
                        T,
                        registry(),
                        List.of(
                                new RegistryChange.StatusChanged(registered, "STARTING"),
                                new RegistryChange.Removed(registered))),
                new ClusterEvent.TrafficObserved(
                        T,
                        new TrafficEvent(
                                T,
                                "heroes",
                                "heroes-service",
                                "heroes-service:127.0.0.1:8081",
                                "http://127.0.0.1:8081",
                                "GET",
                                "/heroes",
                                503,
                                2.5)),
                new ClusterEvent.TrafficAggregated(
                        T, List.of(new EdgeStats(new Edge("heroes", "heroes-service", "x"), T, 10, 1, 2.0, 9.5))),
                new ClusterEvent.PortProblem(
                        T,
                        List.of(new PortConflict(
                                8080,
                                "gateway",
                                OptionalLong.of(12),
                                Optional.of("java"),
                                OptionalInt.empty(),
                                "try 8090"))),
                new ClusterEvent.FaultInjected(
                        T, HEROES, new Fault.Slow(HEROES, 800), new ActiveFaults(false, 800, 0.3)),
                new ClusterEvent.FaultInjected(T, HEROES, new Fault.Pause(HEROES), new ActiveFaults(true, 0, 0)),
                new ClusterEvent.FaultInjected(T, HEROES, new Fault.Flaky(HEROES, 0.3), ActiveFaults.NONE),
                new ClusterEvent.FaultHealed(T, HEROES, new ActiveFaults(true, 800, 0.3)));

        for (var event : events) {
            var text = json.write(event);

            assertThat(text)
                    .doesNotContain("\n")
                    .contains("\"type\":\"" + event.getClass().getSimpleName() + "\"");
            assertThat(json.event(text)).isEqualTo(event);
        }
    }

    @Test
    void snapshotComesBackEqual() {
        var instance = new InstanceSnapshot(
                HEROES,
                ComponentKind.SERVICE,
                InstanceState.UP,
                8081,
                "http://127.0.0.1:8081",
                "heroes-service:127.0.0.1:8081",
                OptionalLong.of(4242),
                Optional.of(T),
                Optional.of(Duration.ofSeconds(61)),
                1,
                OptionalLong.empty(),
                OptionalInt.of(143));
        var snapshot = new ClusterSnapshot(
                T,
                ClusterState.DEGRADED,
                Optional.of("it"),
                List.of(new ComponentSnapshot(
                        "heroes-service", ComponentKind.SERVICE, 1, List.of("registry"), List.of(instance))),
                registry(),
                List.of(new Route("heroes", "/heroes/**", "heroes-service")),
                Optional.of(new DatabaseEngine(
                        "mongo-java-server (H2)", "offline", List.of("java", "-jar"), Path.of("/tmp/db"), 27017)),
                new Addresses(Optional.of("http://127.0.0.1:8761"), Optional.empty(), Optional.empty()));

        assertThat(json.snapshot(json.write(snapshot))).isEqualTo(snapshot);
        assertThat(json.snapshot(json.write(ClusterSnapshot.stopped(T)))).isEqualTo(ClusterSnapshot.stopped(T));
    }

    @Test
    void logLinesComeBackInOrder() {
        var lines = List.of(new LogLine(1, T, false, "one"), new LogLine(2, T, true, "two"));

        assertThat(json.logLines(json.write(lines))).containsExactlyElementsOf(lines);
    }

    @Test
    void unknownEventTypeFailsWithAHintAboutVersions() {
        assertThatThrownBy(() -> json.event("{\"type\":\"CometArrived\",\"time\":\"2026-12-04T19:00:00Z\"}"))
                .isInstanceOf(ControlException.class)
                .hasMessageContaining("same version");
    }
}
