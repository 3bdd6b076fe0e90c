package dev.orrery.threats.badinput;

import dev.orrery.support.badinput.BadInputCheck;
import dev.orrery.support.badinput.BadRequests;
import dev.orrery.support.badinput.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/// Bad requests to every endpoint of threats-service: each gets a 4xx problem, and the instance stays healthy.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "orrery.heroes.url=http://127.0.0.1:9",
            "orrery.instance-id=threats-bad-input"
        })
class ThreatsBadInputTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/threats"),
            Endpoint.getById("/threats/%s"),
            Endpoint.post(
                    "/threats",
                    "{\"displayName\": \"Fog\", \"necessaryPowers\": [\"flying\"], \"img\": \"threat-1.svg\"}"),
            Endpoint.post("/assignment", "{\"hero\": 1, \"threat\": 1}"));

    @LocalServerPort
    int port;

    @Test
    void everyBadRequestIsRefusedWithAProblemAndTheInstanceStaysHealthy() {
        var check = new BadInputCheck(port);

        check.assertAllRefusedWithProblems(BadRequests.forEndpoints(ENDPOINTS));
        check.assertAllRefusedWithProblems(BadRequests.oddPaths("/threats"));

        check.assertHealthy();
    }
}
