package dev.orrery.runtime.token;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Decodes any token and explains whether the cluster's services would accept it, listing every reason when not.
///
/// Unlike a verifying parser it never stops at the first problem, so a learner sees the header and claims of an
/// expired or tampered token together with all that is wrong with it.
public final class TokenInspector {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final List<PublicKey> keys;
    private final Clock clock;
    private final Duration allowedSkew;

    public TokenInspector(Collection<PublicKey> keys, Clock clock, Duration allowedSkew) {
        this.keys = List.copyOf(keys);
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    public TokenInspector(PublicKey key) {
        this(List.of(key), Clock.systemUTC(), Duration.ZERO);
    }

    public TokenInspection inspect(String token) {
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return malformed();
        }
        Optional<Map<String, Object>> header = decodeJson(parts[0]);
        Optional<Map<String, Object>> claims = decodeJson(parts[1]);
        if (header.isEmpty() || claims.isEmpty()) {
            return malformed();
        }

        List<TokenProblem> problems = new ArrayList<>();
        signatureProblem(header.get(), parts).ifPresent(problems::add);
        problems.addAll(claimProblems(claims.get()));
        return new TokenInspection(header.get(), claims.get(), problems);
    }

    private Optional<TokenProblem> signatureProblem(Map<String, Object> header, String[] parts) {
        Object alg = header.get("alg");
        if ("none".equals(alg) || parts[2].isEmpty()) {
            return Optional.of(TokenProblem.UNSIGNED);
        }
        if (!"RS256".equals(alg)) {
            return Optional.of(TokenProblem.UNSUPPORTED_ALGORITHM);
        }
        List<PublicKey> candidates = header.get("kid") instanceof String kid
                ? keys.stream().filter(k -> ClusterKeys.keyIdOf(k).equals(kid)).toList()
                : keys;
        if (candidates.isEmpty()) {
            return Optional.of(TokenProblem.UNKNOWN_KEY);
        }
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        boolean verified = candidates.stream().anyMatch(key -> verifies(key, signed, parts[2]));
        return verified ? Optional.empty() : Optional.of(TokenProblem.BAD_SIGNATURE);
    }

    private List<TokenProblem> claimProblems(Map<String, Object> claims) {
        Instant now = clock.instant();
        List<TokenProblem> problems = new ArrayList<>();
        if (!(claims.get("exp") instanceof Number exp) || now.minus(allowedSkew).getEpochSecond() >= exp.longValue()) {
            problems.add(TokenProblem.EXPIRED);
        }
        if (inFuture(claims.get("nbf"), now) || inFuture(claims.get("iat"), now)) {
            problems.add(TokenProblem.NOT_YET_VALID);
        }
        if (!TokenIssuer.ISSUER.equals(claims.get("iss"))) {
            problems.add(TokenProblem.WRONG_ISSUER);
        }
        if (!audienceMatches(claims.get("aud"))) {
            problems.add(TokenProblem.WRONG_AUDIENCE);
        }
        return problems;
    }

    private boolean inFuture(Object seconds, Instant now) {
        return seconds instanceof Number n
                && n.longValue() > now.plus(allowedSkew).getEpochSecond();
    }

    private static boolean audienceMatches(Object aud) {
        return TokenIssuer.AUDIENCE.equals(aud) || (aud instanceof List<?> list && list.contains(TokenIssuer.AUDIENCE));
    }

    private static boolean verifies(PublicKey key, byte[] signed, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signed);
            return verifier.verify(Base64.getUrlDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Map<String, Object>> decodeJson(String part) {
        try {
            return Optional.of(JSON.readValue(Base64.getUrlDecoder().decode(part), MAP));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TokenInspection malformed() {
        return new TokenInspection(Map.of(), Map.of(), List.of(TokenProblem.MALFORMED));
    }
}
