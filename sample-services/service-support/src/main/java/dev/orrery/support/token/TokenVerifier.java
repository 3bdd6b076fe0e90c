package dev.orrery.support.token;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.InvalidClaimException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.SecurityException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// Checks Orrery tokens: RS256 only, signed by the cluster's key, right key id, issuer and audience, within its
/// validity period (with [TokenContract#CLOCK_SKEW]).
///
/// The header is inspected before the signature is verified, so that `alg: none` and tokens signed with a symmetric
/// algorithm (for instance HS256 keyed with the public key's bytes) are refused for what they are; the parser is
/// pinned to RS256 as well, so neither can slip through even if the inspection were wrong.
public final class TokenVerifier {

    private static final String BEARER = "Bearer ";

    private final String keyId;
    private final JwtParser parser;

    /// A verifier for tokens signed by the private key that belongs to `publicKey`, on the system clock.
    public TokenVerifier(PublicKey publicKey) {
        this(publicKey, Clock.systemUTC());
    }

    /// A verifier whose notion of "now" comes from `clock` (tests move it).
    public TokenVerifier(PublicKey publicKey, Clock clock) {
        this.keyId = KeyIds.of(publicKey);
        this.parser = Jwts.parser()
                .sig()
                .clear()
                .add(Jwts.SIG.RS256)
                .and()
                .verifyWith(publicKey)
                .requireIssuer(TokenContract.ISSUER)
                .requireAudience(TokenContract.AUDIENCE)
                .clockSkewSeconds(TokenContract.CLOCK_SKEW.toSeconds())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    /// The key id tokens must carry in their `kid` header.
    public String keyId() {
        return keyId;
    }

    /// Checks the token in an `Authorization: Bearer <token>` header value.
    public TokenCheck verifyAuthorization(Optional<String> authorization) {
        Optional<String> token = authorization
                .map(String::strip)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .filter(value -> !value.isEmpty());
        return token.map(this::verify).orElseGet(() -> TokenCheck.Refused.because(RefusalReason.MISSING));
    }

    /// Checks a compact serialized token.
    public TokenCheck verify(String token) {
        if (token.isBlank()) {
            return TokenCheck.Refused.because(RefusalReason.MISSING);
        }

        Optional<TokenCheck.Refused> headerProblem = TokenHeader.parse(token)
                .map(this::checkHeader)
                .orElseGet(() -> Optional.of(TokenCheck.Refused.because(RefusalReason.MALFORMED)));
        if (headerProblem.isPresent()) {
            return headerProblem.get();
        }
        if (!CanonicalForm.isCanonical(token)) {
            return new TokenCheck.Refused(
                    RefusalReason.MALFORMED,
                    "the token is not written as issued: three base64url parts without padding or other characters");
        }

        return verifySigned(token);
    }

    private Optional<TokenCheck.Refused> checkHeader(TokenHeader header) {
        if (header.unsigned()) {
            return Optional.of(TokenCheck.Refused.because(RefusalReason.UNSIGNED));
        }
        if (!TokenContract.ALGORITHM.equals(header.algorithm())) {
            return Optional.of(new TokenCheck.Refused(
                    RefusalReason.WRONG_ALGORITHM,
                    "the token is signed with " + header.printableAlgorithm() + ", but only " + TokenContract.ALGORITHM
                            + " is accepted"));
        }
        if (!keyId.equals(header.keyId())) {
            return Optional.of(new TokenCheck.Refused(
                    RefusalReason.UNKNOWN_KEY_ID,
                    "the token's key id (kid) is not the cluster's key id; it was issued for another key or cluster"));
        }
        return Optional.empty();
    }

    private TokenCheck verifySigned(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            return accepted(claims);
        } catch (ExpiredJwtException e) {
            return TokenCheck.Refused.because(RefusalReason.EXPIRED);
        } catch (PrematureJwtException e) {
            return TokenCheck.Refused.because(RefusalReason.NOT_YET_VALID);
        } catch (InvalidClaimException e) {
            return refusedClaim(e.getClaimName());
        } catch (SecurityException e) {
            return TokenCheck.Refused.because(RefusalReason.BAD_SIGNATURE);
        } catch (JwtException | IllegalArgumentException e) {
            return TokenCheck.Refused.because(RefusalReason.MALFORMED);
        }
    }

    private static TokenCheck refusedClaim(String claimName) {
        return switch (claimName) {
            case Claims.ISSUER -> TokenCheck.Refused.because(RefusalReason.WRONG_ISSUER);
            case Claims.AUDIENCE -> TokenCheck.Refused.because(RefusalReason.WRONG_AUDIENCE);
            default ->
                new TokenCheck.Refused(RefusalReason.MALFORMED, "the token's claim '" + claimName + "' is invalid");
        };
    }

    private static TokenCheck accepted(Claims claims) {
        if (claims.getExpiration() == null) {
            return new TokenCheck.Refused(RefusalReason.MALFORMED, "the token has no expiry (exp)");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return new TokenCheck.Refused(RefusalReason.MALFORMED, "the token has no subject (sub)");
        }

        VerifiedToken token = new VerifiedToken(
                claims.getSubject(),
                privileges(claims.get(TokenContract.PRIVILEGES_CLAIM)),
                claims.getExpiration().toInstant(),
                Objects.requireNonNullElse(claims.getId(), ""));
        return new TokenCheck.Accepted(token);
    }

    private static Set<String> privileges(Object claim) {
        if (!(claim instanceof Collection<?> values)) {
            return Set.of();
        }
        return values.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .collect(Collectors.toUnmodifiableSet());
    }
}
