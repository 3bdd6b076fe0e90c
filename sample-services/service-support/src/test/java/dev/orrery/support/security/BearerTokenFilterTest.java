package dev.orrery.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.support.testapp.SupportTestApplication;
import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.PemKeys;
import dev.orrery.support.token.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        classes = SupportTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=test-service", "orrery.security.enabled=true"})
class BearerTokenFilterTest {

    private static final TestTokens TOKENS = new TestTokens(TestTokens.newKeyPair());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempDirectory("orrery-keys").resolve("public.pem");
        KeyFiles.writeOwnerOnly(file, PemKeys.toPem(TOKENS.keys().getPublic()));
        file.toFile().deleteOnExit();
        registry.add("orrery.security.public-key-file", file::toString);
    }

    @Test
    void admitsTokenWithThePrivilege() throws Exception {
        var response = get("/heroes", TOKENS.token("heroes:read"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Served-By")).isPresent();
    }

    @Test
    void refusesMissingTokenWithAChallenge() throws Exception {
        var response = get("/heroes", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"orrery\"");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"reason\":\"missing\"", "\"status\":401", "\"servedBy\":\"test-service:");
    }

    @Test
    void refusesExpiredTokenSayingWhyWithoutEchoingIt() throws Exception {
        String expired = TOKENS.valid("heroes:read")
                .expiration(Date.from(Instant.now().minusSeconds(120)))
                .compact();

        var response = get("/heroes", expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"reason\":\"expired\"").doesNotContain(expired.split("\\.")[1]);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_token\"", "error_description=\"the token has expired\"")
                .doesNotContain(expired);
    }

    @Test
    void refusesForgedTokens() throws Exception {
        assertThat(get("/heroes", TOKENS.unsigned()).body()).contains("\"reason\":\"unsigned\"");
        assertThat(get("/heroes", TOKENS.hs256WithPublicKey()).body()).contains("\"reason\":\"wrong_algorithm\"");
    }

    @Test
    void forbidsTokenWithoutThePrivilegeNamingIt() throws Exception {
        var response = post("/heroes", TOKENS.token("heroes:read"), "{\"displayName\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("heroes:write", "\"missingPrivileges\":[\"heroes:write\"]");
    }

    @Test
    void assignmentNeedsBothWritePrivileges() throws Exception {
        String body = "{\"heroId\":1,\"threatId\":1}";

        assertThat(post("/assignment", TOKENS.token("threats:write"), body).statusCode())
                .isEqualTo(403);
        assertThat(post("/assignment", TOKENS.token("threats:write", "heroes:write"), body)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void picturesStayOpenWithoutToken() throws Exception {
        assertThat(get("/img/hero-1.svg", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathWithValidTokenIsANotFoundProblem() throws Exception {
        var response = get("/nowhere", TOKENS.token());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status\":404", "\"instance\":\"/nowhere\"", "servedBy");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request, token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
