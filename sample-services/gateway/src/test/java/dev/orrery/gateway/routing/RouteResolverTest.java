package dev.orrery.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;

class RouteResolverTest {

    private final List<String> registered = new ArrayList<>(List.of("heroes-service", "gateway", "villains"));
    private final Map<String, String> shortRoutes = Map.of("heroes", "heroes-service", "auth", "auth-service");
    private final RouteResolver resolver = new RouteResolver(
            shortRoutes, new ServiceCatalog(() -> List.copyOf(registered), shortRoutes.values(), "gateway"));

    @Test
    void listsShortRoutesThenOneRoutePerServiceButNeverTheGatewayItself() {
        assertThat(resolver.routes())
                .containsExactly(
                        new RouteTarget("/auth/**", "auth-service", false),
                        new RouteTarget("/heroes/**", "heroes-service", false),
                        new RouteTarget("/auth-service/**", "auth-service", true),
                        new RouteTarget("/heroes-service/**", "heroes-service", true),
                        new RouteTarget("/villains/**", "villains", true));
    }

    @Test
    void shortRouteKeepsThePath() {
        assertThat(resolve("/heroes/3")).contains(new RouteTarget("/heroes/**", "heroes-service", false));
    }

    @Test
    void serviceIdRouteStripsThePrefix() {
        assertThat(resolve("/heroes-service/heroes"))
                .contains(new RouteTarget("/heroes-service/**", "heroes-service", true));
    }

    @Test
    void serviceRegisteredAtRunTimeBecomesRoutable() {
        assertThat(resolve("/threats-service/threats")).isEmpty();

        registered.add("threats-service");

        assertThat(resolve("/threats-service/threats"))
                .contains(new RouteTarget("/threats-service/**", "threats-service", true));
    }

    @Test
    void serviceThatLostItsInstancesStaysRoutableSoThatItAnswers503() {
        assertThat(resolve("/villains/all")).isPresent();

        registered.remove("villains");

        assertThat(resolve("/villains/all")).isPresent();
    }

    @Test
    void shortRouteServicesAreRoutableByIdBeforeTheyRegister() {
        assertThat(resolve("/auth-service/auth")).contains(new RouteTarget("/auth-service/**", "auth-service", true));
    }

    @Test
    void neverRoutesToTheGatewayItself() {
        assertThat(resolve("/gateway/heroes-service/heroes")).isEmpty();
    }

    @Test
    void unknownFirstSegmentHasNoRoute() {
        assertThat(resolve("/nothing/here")).isEmpty();
        assertThat(resolve("/")).isEmpty();
    }

    private java.util.Optional<RouteTarget> resolve(String path) {
        return resolver.resolve(RequestPath.of(PathContainer.parsePath(path)));
    }
}
