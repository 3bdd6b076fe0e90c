package dev.orrery.heroes.badinput;

import dev.orrery.support.badinput.BadInputCheck;
import dev.orrery.support.badinput.BadRequests;
import dev.orrery.support.badinput.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/// Bad requests to every endpoint of heroes-service: each gets a 4xx problem, and the instance stays healthy.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.instance-id=heroes-bad-input"})
class HeroesBadInputTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/heroes"),
            Endpoint.getById("/heroes/%s"),
            Endpoint.get("/powers"),
            Endpoint.postById("/hero/%s", "{\"displayName\": \"Nova\", \"busy\": false, \"powers\": [1]}"),
            Endpoint.post("/heroes", "{\"type\": \"rocket-cat\", \"displayName\": \"Zed\", \"powers\": [1, 2]}"));

    @LocalServerPort
    int port;

    @Test
    void everyBadRequestIsRefusedWithAProblemAndTheInstanceStaysHealthy() {
        var check = new BadInputCheck(port);

        check.assertAllRefusedWithProblems(BadRequests.forEndpoints(ENDPOINTS));
        check.assertAllRefusedWithProblems(BadRequests.oddPaths("/heroes"));

        check.assertHealthy();
    }
}
