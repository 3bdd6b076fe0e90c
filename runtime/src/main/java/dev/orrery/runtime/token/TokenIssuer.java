package dev.orrery.runtime.token;

import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/// Issues RS256 tokens signed with the cluster's key: `iss` orrery, `aud` orrery-services, `sub`, `privileges`,
/// `iat`, `exp`, `jti`, and the key id in the header (docs/service-contract.md).
public final class TokenIssuer {
    public static final String ISSUER = "orrery";
    public static final String AUDIENCE = "orrery-services";
    public static final String PRIVILEGES_CLAIM = "privileges";

    private final ClusterKeys keys;
    private final Clock clock;

    public TokenIssuer(ClusterKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public TokenIssuer(ClusterKeys keys) {
        this(keys, Clock.systemUTC());
    }

    public IssuedToken issue(String subject, List<Privilege> privileges, Duration ttl) {
        return issue(subject, privileges, AUDIENCE, ttl);
    }

    /// A token for another audience than the services', e.g. to show that they refuse it.
    public IssuedToken issue(String subject, List<Privilege> privileges, String audience, Duration ttl) {
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a token needs a subject (user name)");
        }
        if (audience.isBlank()) {
            throw new IllegalArgumentException("a token needs an audience, e.g. " + AUDIENCE);
        }

        // Whole seconds, because JWT times are seconds and the expiry shown must equal the one signed.
        Instant issuedAt = clock.instant().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        Instant expiresAt = issuedAt.plus(ttl);
        String id = UUID.randomUUID().toString();
        String compact = Jwts.builder()
                .header()
                .keyId(keys.keyId())
                .and()
                .issuer(ISSUER)
                .audience()
                .single(audience)
                .subject(subject)
                .claim(
                        PRIVILEGES_CLAIM,
                        privileges.stream().map(Privilege::claim).toList())
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .id(id)
                .signWith(keys.privateKey(), Jwts.SIG.RS256)
                .compact();
        return new IssuedToken(compact, subject, privileges, id, issuedAt, expiresAt);
    }
}
