package dev.orrery.auth.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Challenges handed out after a correct password, each redeemable once with a one-time code within its lifetime.
///
/// A challenge is used up by the first attempt, right or wrong: guessing codes means entering the password again
/// for every guess. At most [#MAX_OPEN] challenges are open at once, so that a flood of logins cannot fill memory.
final class SecondFactorChallenges {

    static final int MAX_OPEN = 10_000;

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;

    SecondFactorChallenges(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /// A new challenge for `userId`, or empty when too many are open.
    Optional<String> issue(String userId) {
        var now = clock.instant();
        open.values().removeIf(challenge -> challenge.expired(now));
        if (open.size() >= MAX_OPEN) {
            return Optional.empty();
        }

        var bytes = new byte[32];
        random.nextBytes(bytes);
        var challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        open.put(challenge, new Open(userId, now.plus(lifetime)));
        return Optional.of(challenge);
    }

    /// The user the challenge was issued to, if it is open and unexpired; the challenge is used up either way.
    Optional<String> redeem(String challenge) {
        return Optional.ofNullable(open.remove(challenge))
                .filter(found -> !found.expired(clock.instant()))
                .map(Open::userId);
    }

    private record Open(String userId, Instant expiresAt) {

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
