package dev.orrery.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SecondFactorChallengesTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
    private final SecondFactorChallenges challenges = new SecondFactorChallenges(Duration.ofMinutes(2), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void challengeIsRedeemableOnce() {
        var challenge = challenges.issue("admin").orElseThrow();

        assertThat(challenges.redeem(challenge)).contains("admin");
        assertThat(challenges.redeem(challenge)).isEmpty();
    }

    @Test
    void challengeExpiresAfterTwoMinutes() {
        var early = challenges.issue("admin").orElseThrow();
        var late = challenges.issue("admin").orElseThrow();

        now.set(now.get().plusSeconds(119));
        assertThat(challenges.redeem(early)).contains("admin");
        now.set(now.get().plusSeconds(1));
        assertThat(challenges.redeem(late)).isEmpty();
    }

    @Test
    void challengesAreUnguessableAndDistinct() {
        var first = challenges.issue("admin").orElseThrow();
        var second = challenges.issue("admin").orElseThrow();

        assertThat(first).isNotEqualTo(second).hasSize(43);
        assertThat(challenges.redeem("not-a-challenge")).isEmpty();
    }
}
