package dev.orrery.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// Lesson 4 turns token checks on for every service, the auth-service included: logging in must stay possible.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecuredAuthServiceTest {

    private static final AuthFiles FILES = AuthFiles.create();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void secretFiles(DynamicPropertyRegistry registry) {
        registry.add("orrery.auth.users-file", FILES.usersFile::toString);
        registry.add("orrery.security.private-key-file", FILES.privateKey::toString);
        registry.add("orrery.security.public-key-file", FILES.publicKey::toString);
        registry.add("orrery.security.enabled", () -> "true");
        registry.add("eureka.client.enabled", () -> "false");
    }

    @Test
    void loginAndKeySetNeedNoToken() throws Exception {
        var login = http.send(
                HttpRequest.newBuilder(uri("/auth"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"userId\": \"student\", \"password\": \"student-pw\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var jwks = http.send(
                HttpRequest.newBuilder(uri("/auth/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(jwks.statusCode()).isEqualTo(200);
    }

    @Test
    void everythingElseStillNeedsAToken() throws Exception {
        var other = http.send(
                HttpRequest.newBuilder(uri("/auth/anything-else")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(other.statusCode()).isEqualTo(401);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
