package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.event.ClusterState;
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
        var snapshot = builder(List.of()).build(ClusterState.RUNNING);

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
    void routesTheGatewayReportsAreAddedToThoseOfTheTopology() throws TopologyException {
        var reported = List.of(
                new Route("/heroes/**", "/heroes/**", "heroes-service"),
                new Route("/villains/**", "/villains/**", "villains"),
                new Route("/legends/**", "/legends/**", "heroes-service"));

        var routes = builder(reported).build(ClusterState.RUNNING).routes();

        assertThat(routes).hasSize(12).contains(reported.get(1), reported.get(2));
        assertThat(routes.indexOf(reported.get(2))).isLessThan(routes.indexOf(reported.get(1)));
    }

    @Test
    void noGatewayNoRoutes() throws TopologyException {
        var topology = TopologyPresets.load("1");

        var snapshot = new ClusterSnapshotBuilder(
                        topology, List.of(), RegistrySnapshot.unreachable(Instant.now()), Optional.empty(), List.of())
                .build(ClusterState.RUNNING);

        assertThat(snapshot.routes()).isEmpty();
    }

    private static ClusterSnapshotBuilder builder(List<Route> reported) throws TopologyException {
        return new ClusterSnapshotBuilder(
                TopologyPresets.load(TopologyPresets.DEFAULT),
                List.of(),
                RegistrySnapshot.unreachable(Instant.now()),
                Optional.empty(),
                reported);
    }
}
