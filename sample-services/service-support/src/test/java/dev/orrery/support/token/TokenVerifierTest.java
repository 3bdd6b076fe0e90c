package dev.orrery.support.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static TestTokens tokens;
    private static TokenVerifier verifier;

    @BeforeAll
    static void keys() {
        tokens = new TestTokens(TestTokens.newKeyPair());
        verifier = new TokenVerifier(tokens.keys().getPublic());
    }

    @Test
    void acceptsValidTokenWithItsClaims() {
        TokenCheck check = verifier.verify(tokens.token("heroes:read", "threats:read"));

        assertThat(check).isInstanceOfSatisfying(TokenCheck.Accepted.class, accepted -> {
            assertThat(accepted.token().subject()).isEqualTo("student");
            assertThat(accepted.token().privileges()).containsExactlyInAnyOrder("heroes:read", "threats:read");
            assertThat(accepted.token().tokenId()).isNotEmpty();
        });
    }

    @Test
    void acceptsBearerHeaderCaseInsensitively() {
        assertThat(verifier.verifyAuthorization(Optional.of("bearer " + tokens.token())))
                .isInstanceOf(TokenCheck.Accepted.class);
    }

    @Test
    void refusesMissingToken() {
        assertRefused(verifier.verifyAuthorization(Optional.empty()), RefusalReason.MISSING);
        assertRefused(verifier.verifyAuthorization(Optional.of("Basic dXNlcjpwYXNz")), RefusalReason.MISSING);
        assertRefused(verifier.verifyAuthorization(Optional.of("Bearer   ")), RefusalReason.MISSING);
    }

    @Test
    void refusesExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(5));
        String token = tokens.valid().expiration(Date.from(past)).compact();

        assertRefused(verifier.verify(token), RefusalReason.EXPIRED);
    }

    @Test
    void toleratesThirtySecondsOfClockSkew() {
        String justExpired = tokens.valid()
                .expiration(Date.from(Instant.now().minusSeconds(20)))
                .compact();
        String justTooLate = tokens.valid()
                .expiration(Date.from(Instant.now().minusSeconds(40)))
                .compact();

        assertThat(verifier.verify(justExpired)).isInstanceOf(TokenCheck.Accepted.class);
        assertRefused(verifier.verify(justTooLate), RefusalReason.EXPIRED);
    }

    @Test
    void refusesTokenNotYetValid() {
        Instant future = Instant.now().plus(Duration.ofMinutes(5));
        String token = tokens.valid().notBefore(Date.from(future)).compact();

        assertRefused(verifier.verify(token), RefusalReason.NOT_YET_VALID);
    }

    @Test
    void refusesWrongIssuer() {
        assertRefused(verifier.verify(tokens.valid().issuer("someone-else").compact()), RefusalReason.WRONG_ISSUER);
    }

    @Test
    void refusesWrongAudience() {
        String token = tokens.valid().audience().single("another-system").compact();

        assertRefused(verifier.verify(token), RefusalReason.WRONG_AUDIENCE);
    }

    @Test
    void refusesTamperedPayload() {
        String[] parts = tokens.token("heroes:read").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("heroes:read", "heroes:write");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertRefused(verifier.verify(tampered), RefusalReason.BAD_SIGNATURE);
    }

    @Test
    void refusesTokenSignedWithAnotherKeyEvenWithTheRightKeyId() {
        KeyPair other = TestTokens.newKeyPair();
        String token =
                tokens.valid().signWith(other.getPrivate(), Jwts.SIG.RS256).compact();

        assertRefused(verifier.verify(token), RefusalReason.BAD_SIGNATURE);
    }

    @Test
    void refusesUnknownKeyId() {
        String token = tokens.valid().header().keyId("not-our-key").and().compact();

        assertRefused(verifier.verify(token), RefusalReason.UNKNOWN_KEY_ID);
    }

    @Test
    void refusesUnsignedToken() {
        assertRefused(verifier.verify(tokens.unsigned()), RefusalReason.UNSIGNED);
    }

    @Test
    void refusesHs256SignedWithThePublicKey() {
        TokenCheck check = verifier.verify(tokens.hs256WithPublicKey());

        assertRefused(check, RefusalReason.WRONG_ALGORITHM);
        assertThat(((TokenCheck.Refused) check).detail()).contains("HS256");
    }

    @Test
    void refusesOtherRsaAlgorithms() {
        String token = tokens.valid()
                .signWith(tokens.keys().getPrivate(), Jwts.SIG.RS512)
                .compact();

        assertRefused(verifier.verify(token), RefusalReason.WRONG_ALGORITHM);
    }

    @Test
    void refusesGarbage() {
        assertRefused(verifier.verify("not-a-token"), RefusalReason.MALFORMED);
        assertRefused(verifier.verify("a.b.c"), RefusalReason.MALFORMED);
        assertRefused(verifier.verify("e30.e30.e30.e30"), RefusalReason.MALFORMED);
    }

    @Test
    void refusesTokenWithoutExpiry() {
        String token = tokens.valid().expiration(null).compact();

        assertRefused(verifier.verify(token), RefusalReason.MALFORMED);
    }

    @Test
    void refusalNeverContainsTheToken() {
        String token = tokens.valid().issuer("someone-else").compact();

        TokenCheck check = verifier.verify(token);

        assertThat(((TokenCheck.Refused) check).detail()).doesNotContain(token.split("\\.")[1]);
    }

    private static void assertRefused(TokenCheck check, RefusalReason reason) {
        assertThat(check)
                .isInstanceOfSatisfying(
                        TokenCheck.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
