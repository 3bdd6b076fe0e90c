package dev.orrery.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.auth.totp.Base32;
import dev.orrery.auth.totp.Totp;
import dev.orrery.support.token.KeyIds;
import dev.orrery.support.token.TokenCheck;
import dev.orrery.support.token.TokenVerifier;
import io.jsonwebtoken.Jwts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthServiceTest {

    private static final AuthFiles FILES = AuthFiles.create();

    private final HttpClient http = HttpClient.newHttpClient();
    private final TokenVerifier verifier = new TokenVerifier(FILES.keys.getPublic());

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void secretFiles(DynamicPropertyRegistry registry) {
        registry.add("orrery.auth.users-file", FILES.usersFile::toString);
        registry.add("orrery.security.private-key-file", FILES.privateKey::toString);
        registry.add("eureka.client.enabled", () -> "false");
    }

    @Test
    void validPasswordGetsATokenTheServicesAccept() throws Exception {
        var response = post("/auth", "{\"userId\": \"student\", \"password\": \"student-pw\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        var token = json(response).get("jwtToken").asString();
        var check = verifier.verify(token);
        assertThat(check).isInstanceOfSatisfying(TokenCheck.Accepted.class, accepted -> {
            assertThat(accepted.token().subject()).isEqualTo("student");
            assertThat(accepted.token().privileges()).containsExactlyInAnyOrder("heroes:read", "threats:read");
            assertThat(accepted.token().tokenId()).isNotBlank();
        });
    }

    @Test
    void tokenCarriesTheContractClaimsAndLivesTenMinutes() throws Exception {
        var token = json(post("/auth", "{\"userId\": \"student\", \"password\": \"student-pw\"}"))
                .get("jwtToken")
                .asString();

        var jws = Jwts.parser().verifyWith(FILES.keys.getPublic()).build().parseSignedClaims(token);
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo("RS256");
        assertThat(jws.getHeader().getKeyId()).isEqualTo(KeyIds.of(FILES.keys.getPublic()));
        var claims = jws.getPayload();
        assertThat(claims.getIssuer()).isEqualTo("orrery");
        assertThat(claims.getAudience()).containsExactly("orrery-services");
        assertThat(Duration.between(
                        claims.getIssuedAt().toInstant(), claims.getExpiration().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(claims.getIssuedAt().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameRefusal() throws Exception {
        var wrongPassword = post("/auth", "{\"userId\": \"student\", \"password\": \"nope\"}");
        var unknownUser = post("/auth", "{\"userId\": \"mallory\", \"password\": \"student-pw\"}");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(wrongPassword).get("detail"))
                .isEqualTo(json(unknownUser).get("detail"));
        assertThat(wrongPassword.body()).doesNotContain("nope");
    }

    @Test
    void userWithSecondFactorLogsInWithACode() throws Exception {
        var first = json(post("/auth", "{\"userId\": \"admin\", \"password\": \"admin-pw\"}"));
        assertThat(first.has("jwtToken")).isFalse();
        assertThat(first.get("secondFactorRequired").asBoolean()).isTrue();
        var challenge = first.get("challenge").asString();

        var second = post("/auth/second-factor", codeBody(challenge, currentCode()));

        assertThat(second.statusCode()).isEqualTo(200);
        var check = verifier.verify(json(second).get("jwtToken").asString());
        assertThat(check)
                .isInstanceOfSatisfying(
                        TokenCheck.Accepted.class,
                        accepted -> assertThat(accepted.token().subject()).isEqualTo("admin"));
    }

    @Test
    void challengeCannotBeReplayedAndAWrongCodeUsesItUp() throws Exception {
        var challenge = challenge();
        var wrong = post("/auth/second-factor", codeBody(challenge, wrongCode()));
        var replayed = post("/auth/second-factor", codeBody(challenge, currentCode()));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(replayed.statusCode()).isEqualTo(401);
    }

    @Test
    void incompleteLoginIsABadRequest() throws Exception {
        assertThat(post("/auth", "{\"userId\": \"student\"}").statusCode()).isEqualTo(400);
        assertThat(post("/auth", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void publishesThePublicKeyAsJwkWithTheKeyId() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(uri("/auth/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());

        var key = json(response).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("kid").asString()).isEqualTo(KeyIds.of(FILES.keys.getPublic()));
        assertThat(key.get("e").asString()).isEqualTo("AQAB");
        assertThat(response.body()).doesNotContain("\"d\"");
    }

    private String challenge() throws Exception {
        return json(post("/auth", "{\"userId\": \"admin\", \"password\": \"admin-pw\"}"))
                .get("challenge")
                .asString();
    }

    private static String currentCode() {
        return Totp.code(Base32.decode(AuthFiles.ADMIN_TOTP), Totp.step(Instant.now()));
    }

    /// A code of a step far from now, so never accepted.
    private static String wrongCode() {
        return Totp.code(Base32.decode(AuthFiles.ADMIN_TOTP), Totp.step(Instant.now()) - 100);
    }

    private static String codeBody(String challenge, String code) {
        return "{\"challenge\": \"" + challenge + "\", \"code\": \"" + code + "\"}";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
