package dev.orrery.gateway.badinput;

import dev.orrery.support.badinput.BadInputCheck;
import dev.orrery.support.badinput.BadRequests;
import dev.orrery.support.badinput.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/// Bad requests to the gateway's own endpoints and odd paths that no route takes: each gets a 4xx problem from the
/// gateway itself, and it stays healthy. (What routed requests get is the services' answer, checked in their tests
/// and through a real cluster in the runtime's default-preset test.)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.instance-id=gateway-bad-input"})
class GatewayBadInputTest {

    static final List<Endpoint> ENDPOINTS = List.of(Endpoint.get("/orrery/routes"), Endpoint.get("/orrery/traffic"));

    @LocalServerPort
    int port;

    @Test
    void everyBadRequestIsRefusedWithAProblemAndTheGatewayStaysHealthy() {
        var check = new BadInputCheck(port);
        var unrouted = BadRequests.oddPaths("/orrery/routes").stream()
                .filter(request -> !request.path().startsWith("/img/"))
                .toList();

        check.assertAllRefusedWithProblems(BadRequests.forEndpoints(ENDPOINTS));
        check.assertAllRefusedWithProblems(unrouted);

        check.assertHealthy();
    }
}
