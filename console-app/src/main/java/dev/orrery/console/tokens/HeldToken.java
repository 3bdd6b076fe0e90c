package dev.orrery.console.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/// A token got in this session, with what is needed to list it with its time left.
record HeldToken(String compact, String subject, String origin, Optional<Instant> expiresAt) {

    TokenRow row(Instant now) {
        return new TokenRow(subject, origin, timeLeft(now), compact);
    }

    private String timeLeft(Instant now) {
        if (expiresAt.isEmpty()) {
            return "no expiry";
        }
        var left = Duration.between(now, expiresAt.get());
        if (left.isNegative() || left.isZero()) {
            return "expired";
        }
        return left.toMinutes() > 0
                ? left.toMinutes() + " min " + left.toSecondsPart() + " s"
                : left.toSeconds() + " s";
    }
}
