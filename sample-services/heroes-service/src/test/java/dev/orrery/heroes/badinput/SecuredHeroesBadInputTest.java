package dev.orrery.heroes.badinput;

import dev.orrery.support.badinput.BadInputCheck;
import dev.orrery.support.badinput.BadRequests;
import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.PemKeys;
import dev.orrery.support.token.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// The same bad requests with token checks on (lesson 4): with a writer's token they are refused for what they are,
/// without one for the missing token; either way with a problem, and the instance stays healthy.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "orrery.security.enabled=true",
            "orrery.instance-id=heroes-secured-bad-input"
        })
class SecuredHeroesBadInputTest {

    private static final TestTokens TOKENS = new TestTokens(TestTokens.newKeyPair());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempDirectory("heroes-keys").resolve("public.pem");
        KeyFiles.writeOwnerOnly(file, PemKeys.toPem(TOKENS.keys().getPublic()));
        file.toFile().deleteOnExit();
        registry.add("orrery.security.public-key-file", file::toString);
    }

    @Test
    void badRequestsWithAndWithoutATokenAreRefusedWithProblems() {
        var withToken = new BadInputCheck(port, Optional.of(TOKENS.token("heroes:read", "heroes:write")));
        var withoutToken = new BadInputCheck(port);
        var requests = BadRequests.forEndpoints(HeroesBadInputTest.ENDPOINTS);

        withToken.assertAllRefusedWithProblems(requests);
        withToken.assertAllRefusedWithProblems(BadRequests.oddPaths("/heroes"));
        withoutToken.assertAllRefusedWithProblems(requests);

        withoutToken.assertHealthy();
    }
}
