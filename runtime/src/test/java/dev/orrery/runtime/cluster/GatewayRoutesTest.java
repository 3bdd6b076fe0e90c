package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayRoutesTest {

    @Test
    void readsTheGatewaysRouteList() {
        var body = """
                {"routes": [
                  {"routeId": "/heroes/**", "serviceId": "heroes-service", "stripPrefix": false},
                  {"routeId": "/villains/**", "serviceId": "villains", "stripPrefix": true},
                  {"routeId": "", "serviceId": "nobody"}
                ]}""";

        assertThat(GatewayRoutes.parse(body))
                .containsExactly(
                        new Route("/heroes/**", "/heroes/**", "heroes-service"),
                        new Route("/villains/**", "/villains/**", "villains"));
    }

    @Test
    void unreadableAnswerMeansNoRoutes() {
        assertThat(GatewayRoutes.parse("<html>not found</html>")).isEmpty();
        assertThat(GatewayRoutes.parse("{}")).isEmpty();
    }
}
