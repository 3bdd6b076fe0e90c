package dev.orrery.runtime.token;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// What a token says and whether the cluster's services would accept it.
///
/// @param header the decoded JOSE header (empty when the token is malformed)
/// @param claims the decoded claims (empty when the token is malformed)
/// @param problems every reason for refusal, empty when the token is valid
public record TokenInspection(Map<String, Object> header, Map<String, Object> claims, List<TokenProblem> problems) {

    public TokenInspection {
        // Kept in token order for display; JSON nulls are allowed, so no Map.copyOf.
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean signatureVerified() {
        return !problems.contains(TokenProblem.MALFORMED)
                && !problems.contains(TokenProblem.UNSIGNED)
                && !problems.contains(TokenProblem.UNSUPPORTED_ALGORITHM)
                && !problems.contains(TokenProblem.UNKNOWN_KEY)
                && !problems.contains(TokenProblem.BAD_SIGNATURE);
    }

    public Optional<Instant> expiresAt() {
        return epochSeconds("exp");
    }

    public Optional<Instant> issuedAt() {
        return epochSeconds("iat");
    }

    private Optional<Instant> epochSeconds(String claim) {
        return claims.get(claim) instanceof Number n
                ? Optional.of(Instant.ofEpochSecond(n.longValue()))
                : Optional.empty();
    }
}
