package dev.orrery.auth.token;

import dev.orrery.support.token.TokenContract;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/// Issues RS256 tokens as docs/service-contract.md specifies: `kid` header; claims `iss`, `aud`, `sub`,
/// `privileges`, `iat`, `exp` and a random `jti`.
public final class TokenIssuer {

    private final SigningKey key;
    private final Duration ttl;
    private final Clock clock;

    public TokenIssuer(SigningKey key, Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("orrery.security.token-ttl must be positive, was " + ttl);
        }
        this.key = key;
        this.ttl = ttl;
        this.clock = clock;
    }

    /// A signed token for `subject` granting `privileges`.
    public IssuedToken issue(String subject, List<String> privileges) {
        var now = clock.instant();
        var expiresAt = now.plus(ttl);
        var id = UUID.randomUUID().toString();
        var token = Jwts.builder()
                .header()
                .keyId(key.keyId())
                .and()
                .issuer(TokenContract.ISSUER)
                .audience()
                .add(TokenContract.AUDIENCE)
                .and()
                .subject(subject)
                .claim(TokenContract.PRIVILEGES_CLAIM, List.copyOf(privileges))
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .id(id)
                .signWith(key.privateKey(), Jwts.SIG.RS256)
                .compact();
        return new IssuedToken(token, id, expiresAt);
    }
}
