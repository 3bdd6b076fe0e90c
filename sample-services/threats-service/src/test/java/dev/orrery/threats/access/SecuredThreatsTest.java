package dev.orrery.threats.access;

import static dev.orrery.threats.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.PemKeys;
import dev.orrery.support.token.TestTokens;
import dev.orrery.threats.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// threats-service with token checks on (lesson 4).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "orrery.security.enabled=true",
            "orrery.heroes.url=http://127.0.0.1:9"
        })
class SecuredThreatsTest {

    private static final TestTokens TOKENS = new TestTokens(TestTokens.newKeyPair());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempDirectory("threats-keys").resolve("public.pem");
        KeyFiles.writeOwnerOnly(file, PemKeys.toPem(TOKENS.keys().getPublic()));
        file.toFile().deleteOnExit();
        registry.add("orrery.security.public-key-file", file::toString);
    }

    @Test
    void listingThreatsNeedsAValidToken() {
        assertThat(new TestClient(port).get("/threats").statusCode()).isEqualTo(401);
        assertThat(new TestClient(port)
                        .withToken(TOKENS.unsigned())
                        .get("/threats")
                        .statusCode())
                .isEqualTo(401);
        assertThat(new TestClient(port)
                        .withToken(TOKENS.token("threats:read"))
                        .get("/threats")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void assignmentNeedsThreatsAndHeroesWrite() {
        var response = new TestClient(port)
                .withToken(TOKENS.token("threats:read", "threats:write"))
                .post("/assignment", "{\"heroId\": 1, \"threatId\": 1}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("missingPrivileges").toString()).isEqualTo("[\"heroes:write\"]");
    }
}
