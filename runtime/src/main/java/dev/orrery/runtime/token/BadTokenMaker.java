package dev.orrery.runtime.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/// Makes tokens that the cluster's services must refuse, one per [BadTokenKind], so a learner can send them and
/// watch each check say no.
///
/// Every token starts as a proper one (the claims [TokenIssuer] would write) and is spoiled in exactly one way, so
/// the refusal has exactly one reason.
public final class BadTokenMaker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration OFFSET = Duration.ofMinutes(10);

    private final ClusterKeys keys;
    private final Clock clock;

    public BadTokenMaker(ClusterKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public BadTokenMaker(ClusterKeys keys) {
        this(keys, Clock.systemUTC());
    }

    /// A compact token of this kind for the subject and privileges.
    public String make(BadTokenKind kind, String subject, List<Privilege> privileges) {
        Instant now = clock.instant().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        Map<String, Object> claims = properClaims(subject, privileges, now);
        return switch (kind) {
            case TAMPERED -> tampered(claims);
            case EXPIRED ->
                signed(with(with(claims, "iat", now.minus(OFFSET.multipliedBy(2))), "exp", now.minus(OFFSET)));
            case UNSIGNED -> encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims) + ".";
            case WRONG_AUDIENCE -> signed(with(claims, "aud", "another-app"));
            case WRONG_ISSUER -> signed(with(claims, "iss", "someone-else"));
            case NOT_YET_VALID -> signed(with(claims, "nbf", now.plus(OFFSET)));
            case UNKNOWN_KEY -> strangersToken(claims);
        };
    }

    private static Map<String, Object> properClaims(String subject, List<Privilege> privileges, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", TokenIssuer.ISSUER);
        claims.put("aud", TokenIssuer.AUDIENCE);
        claims.put("sub", subject);
        claims.put(
                TokenIssuer.PRIVILEGES_CLAIM,
                privileges.stream().map(Privilege::claim).toList());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(OFFSET).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private String tampered(Map<String, Object> claims) {
        String proper = signed(claims);
        String raised = encode(with(
                claims,
                TokenIssuer.PRIVILEGES_CLAIM,
                Privilege.all().stream().map(Privilege::claim).toList()));
        String[] parts = proper.split("\\.");
        return parts[0] + "." + raised + "." + parts[2];
    }

    private String signed(Map<String, Object> claims) {
        return sign(claims, keys.keyId(), keys.privateKey());
    }

    private static String strangersToken(Map<String, Object> claims) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            ClusterKeys stranger = ClusterKeys.of(generator.generateKeyPair());
            return sign(claims, stranger.keyId(), stranger.privateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot create RSA keys", e);
        }
    }

    private static String sign(Map<String, Object> claims, String keyId, PrivateKey key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kid", keyId);
        header.put("alg", "RS256");
        String unsigned = encode(header) + "." + encode(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token with RS256: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.put(name, value instanceof Instant instant ? instant.getEpochSecond() : value);
        return changed;
    }

    private static String encode(Map<String, Object> json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write token JSON", e);
        }
    }
}
