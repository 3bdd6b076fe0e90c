package dev.orrery.auth.badinput;

import dev.orrery.auth.AuthFiles;
import dev.orrery.support.badinput.BadInputCheck;
import dev.orrery.support.badinput.BadRequests;
import dev.orrery.support.badinput.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// Bad requests to every endpoint of auth-service: each gets a 4xx problem, and the instance stays healthy.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthBadInputTest {

    private static final AuthFiles FILES = AuthFiles.create();

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.post("/auth", "{\"userId\": \"student\", \"password\": \"student-pw\"}"),
            Endpoint.post("/auth/second-factor", "{\"challenge\": \"abc\", \"code\": \"123456\"}"),
            Endpoint.get("/auth/.well-known/jwks.json"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void secretFiles(DynamicPropertyRegistry registry) {
        registry.add("orrery.auth.users-file", FILES.usersFile::toString);
        registry.add("orrery.security.private-key-file", FILES.privateKey::toString);
        registry.add("eureka.client.enabled", () -> "false");
    }

    @Test
    void everyBadRequestIsRefusedWithAProblemAndTheInstanceStaysHealthy() {
        var check = new BadInputCheck(port);

        check.assertAllRefusedWithProblems(BadRequests.forEndpoints(ENDPOINTS));
        check.assertAllRefusedWithProblems(BadRequests.oddPaths("/auth"));

        check.assertHealthy();
    }
}
