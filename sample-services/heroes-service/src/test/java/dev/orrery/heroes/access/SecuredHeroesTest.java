package dev.orrery.heroes.access;

import static dev.orrery.heroes.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.heroes.TestClient;
import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.PemKeys;
import dev.orrery.support.token.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// heroes-service with token checks on (lesson 4).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.security.enabled=true"})
class SecuredHeroesTest {

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
    void listingHeroesNeedsAToken() {
        var response = new TestClient(port).get("/heroes");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("reason").asString()).isEqualTo("missing");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void readerMayListButNotChangeHeroes() {
        var reader = new TestClient(port).withToken(TOKENS.token("heroes:read"));

        assertThat(reader.get("/heroes").statusCode()).isEqualTo(200);
        assertThat(reader.get("/powers").statusCode()).isEqualTo(200);
        var update = reader.post("/hero/4", "{\"busy\": true}");
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(json(update).get("missingPrivileges").toString()).isEqualTo("[\"heroes:write\"]");
    }

    @Test
    void writerMayMarkAHeroBusy() {
        var writer = new TestClient(port).withToken(TOKENS.token("heroes:write"));

        assertThat(writer.post("/hero/4", "{\"busy\": true}").statusCode()).isEqualTo(202);
    }

    @Test
    void picturesAndHealthStayOpen() {
        var anonymous = new TestClient(port);

        assertThat(anonymous.get("/img/hero-2.svg").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
