package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.registry.RegisteredApplication;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyPresets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSnapshotBuilderTest {

    @Test
    void defaultPresetHasEveryShortRouteOfTheGatewayAndOneRoutePerService() throws TopologyException {
        var snapshot = builder().build(ClusterState.RUNNING);

        assertThat(snapshot.routes())
                .extracting(Route::pathPattern)
                .containsExactly(
                        "/assignment/**",
                        "/auth/**",
                        "/hero/**",
                        "/heroes/**",
                        "/img/**",
                        "/powers/**",
                        "/threats/**",
                        "/auth-service/**",
                        "/heroes-service/**",
                        "/threats-service/**");
        assertThat(snapshot.routes()).contains(new Route("/auth/**", "/auth/**", "auth-service"));
    }

    @Test
    void routesTheGatewayReportsAreAddedToThoseOfTheTopologyWhenTheyLeadToARunningService() throws TopologyException {
        var legends = new Route("/legends/**", "/legends/**", "heroes-service");
        var villains = new Route("/villains/**", "/villains/**", "villains");
        var registered =
                new RegistrySnapshot(Instant.now(), true, List.of(new RegisteredApplication("villains", List.of())));

        var routes = new ClusterSnapshotBuilder(
                        TopologyPresets.load("2"),
                        List.of(),
                        registered,
                        Optional.empty(),
                        List.of(legends, villains, new Route("/auth/**", "/auth/**", "auth-service")))
                .build(ClusterState.RUNNING)
                .routes();

        assertThat(routes).contains(legends, villains);
        assertThat(routes).extracting(Route::serviceId).doesNotContain("auth-service");
        assertThat(routes.indexOf(legends)).isLessThan(routes.indexOf(villains));
    }

    @Test
    void noGatewayNoRoutes() throws TopologyException {
        var topology = TopologyPresets.load("1");

        var snapshot = new ClusterSnapshotBuilder(
                        topology, List.of(), RegistrySnapshot.unreachable(Instant.now()), Optional.empty(), List.of())
                .build(ClusterState.RUNNING);

        assertThat(snapshot.routes()).isEmpty();
    }

    private static ClusterSnapshotBuilder builder() throws TopologyException {
        return new ClusterSnapshotBuilder(
                TopologyPresets.load(TopologyPresets.DEFAULT),
                List.of(),
                RegistrySnapshot.unreachable(Instant.now()),
                Optional.empty(),
                List.of());
    }
}
