package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenInspectorTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static ClusterKeys keys;
    private static ClusterKeys otherKeys;

    @BeforeAll
    static void createKeys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = ClusterKeys.of(generator.generateKeyPair());
        otherKeys = ClusterKeys.of(generator.generateKeyPair());
    }

    private static TokenInspector inspector() {
        return new TokenInspector(List.of(keys.publicKey()), CLOCK, Duration.ZERO);
    }

    private static IssuedToken issue(Instant at, Duration ttl) {
        return new TokenIssuer(keys, Clock.fixed(at, ZoneOffset.UTC))
                .issue("teacher", List.of(Privilege.HEROES_READ, Privilege.HEROES_WRITE), ttl);
    }

    @Test
    void freshTokenIsValidAndCarriesTheContractClaims() {
        IssuedToken token = issue(NOW, Duration.ofMinutes(10));

        TokenInspection inspection = inspector().inspect(token.compact());

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header()).containsEntry("alg", "RS256").containsEntry("kid", keys.keyId());
        assertThat(inspection.claims())
                .containsEntry("iss", "orrery")
                .containsEntry("aud", "orrery-services")
                .containsEntry("sub", "teacher")
                .containsEntry("privileges", List.of("heroes:read", "heroes:write"))
                .containsEntry("jti", token.id())
                .containsEntry("iat", (int) NOW.getEpochSecond())
                .containsEntry("exp", (int) NOW.plusSeconds(600).getEpochSecond());
        assertThat(inspection.expiresAt()).contains(token.expiresAt());
    }

    @Test
    void expiredTokenIsExpiredButStillSigned() {
        TokenInspection inspection = inspector()
                .inspect(issue(NOW.minusSeconds(700), Duration.ofMinutes(10)).compact());

        assertThat(inspection.problems()).containsExactly(TokenProblem.EXPIRED);
        assertThat(inspection.signatureVerified()).isTrue();
    }

    @Test
    void tokenFromTheFutureIsNotYetValid() {
        TokenInspection inspection = inspector()
                .inspect(issue(NOW.plusSeconds(120), Duration.ofMinutes(10)).compact());

        assertThat(inspection.problems()).containsExactly(TokenProblem.NOT_YET_VALID);
    }

    @Test
    void changedClaimsBreakTheSignature() {
        String[] parts = issue(NOW, Duration.ofMinutes(10)).compact().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"teacher\"", "\"admin\"");
        String tampered = parts[0] + "." + base64url(claims) + "." + parts[2];

        TokenInspection inspection = inspector().inspect(tampered);

        assertThat(inspection.problems()).containsExactly(TokenProblem.BAD_SIGNATURE);
        assertThat(inspection.claims()).containsEntry("sub", "admin");
    }

    @Test
    void tokenOfAnotherClusterIsSignedWithAnUnknownKey() {
        String token = new TokenIssuer(otherKeys, CLOCK)
                .issue("teacher", Privilege.all(), Duration.ofMinutes(1))
                .compact();

        assertThat(inspector().inspect(token).problems()).containsExactly(TokenProblem.UNKNOWN_KEY);
    }

    @Test
    void unsignedTokenIsRefused() {
        String token = base64url("{\"alg\":\"none\"}") + "." + base64url(claimsJson("orrery", "orrery-services")) + ".";

        assertThat(inspector().inspect(token).problems()).containsExactly(TokenProblem.UNSIGNED);
    }

    @Test
    void wrongIssuerAndAudienceAreBothReported() {
        String token = Jwts.builder()
                .header()
                .keyId(keys.keyId())
                .and()
                .issuer("somebody")
                .audience()
                .add("other-services")
                .and()
                .subject("teacher")
                .issuedAt(Date.from(NOW))
                .expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(keys.privateKey(), Jwts.SIG.RS256)
                .compact();

        assertThat(inspector().inspect(token).problems())
                .containsExactly(TokenProblem.WRONG_ISSUER, TokenProblem.WRONG_AUDIENCE);
    }

    @Test
    void garbageIsMalformed() {
        assertThat(inspector().inspect("not.a.token").problems()).containsExactly(TokenProblem.MALFORMED);
        assertThat(inspector().inspect("abc").header()).isEmpty();
    }

    @Test
    void maskedTokenRevealsNeitherSignatureNorClaims() {
        IssuedToken token = issue(NOW, Duration.ofMinutes(10));

        assertThat(token.masked()).hasSizeLessThan(15);
        assertThat(token.toString()).doesNotContain(token.compact());
    }

    @Test
    void keyIdIsTheContractsHashPrefix() throws Exception {
        KeyPair pair = keys.keyPair();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(pair.getPublic().getEncoded());

        assertThat(keys.keyId())
                .hasSize(16)
                .isEqualTo(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(digest)
                        .substring(0, 16));
    }

    private static String claimsJson(String iss, String aud) {
        return "{\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\",\"sub\":\"x\",\"iat\":" + NOW.getEpochSecond()
                + ",\"exp\":" + (NOW.getEpochSecond() + 60) + "}";
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
