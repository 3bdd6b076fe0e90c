package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BadTokenMakerTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static ClusterKeys keys;

    @BeforeAll
    static void createKeys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = ClusterKeys.of(generator.generateKeyPair());
    }

    @ParameterizedTest
    @EnumSource(BadTokenKind.class)
    void eachBadTokenHasExactlyTheProblemItIsMadeFor(BadTokenKind kind) {
        String token = new BadTokenMaker(keys, CLOCK).make(kind, "student", List.of(Privilege.HEROES_READ));

        TokenInspection inspection =
                new TokenInspector(List.of(keys.publicKey()), CLOCK, Duration.ofSeconds(30)).inspect(token);

        assertThat(inspection.problems()).containsExactly(kind.expectedProblem());
        assertThat(inspection.claims()).containsEntry("sub", "student");
    }

    @Test
    void tamperedTokenClaimsEveryPrivilege() {
        String token = new BadTokenMaker(keys, CLOCK).make(BadTokenKind.TAMPERED, "student", List.of());

        var claims = new TokenInspector(List.of(keys.publicKey()), CLOCK, Duration.ZERO)
                .inspect(token)
                .claims();

        assertThat(claims.get("privileges"))
                .isEqualTo(Privilege.all().stream().map(Privilege::claim).toList());
    }

    @Test
    void issuerWritesTheChosenAudience() {
        var token = new TokenIssuer(keys, CLOCK).issue("student", List.of(), "another-app", Duration.ofMinutes(5));

        var inspection = new TokenInspector(List.of(keys.publicKey()), CLOCK, Duration.ZERO).inspect(token.compact());

        assertThat(inspection.claims()).containsEntry("aud", "another-app");
        assertThat(inspection.problems()).containsExactly(TokenProblem.WRONG_AUDIENCE);
    }
}
