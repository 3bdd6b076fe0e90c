package dev.orrery.support.token;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/// Builds tokens for tests: valid ones like the cluster's issuer makes, and the forgeries a verifier must refuse.
public final class TestTokens {

    private final KeyPair keys;

    public TestTokens(KeyPair keys) {
        this.keys = keys;
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public KeyPair keys() {
        return keys;
    }

    /// A builder pre-filled with valid claims for `privileges`, signed with RS256 and the right key id.
    public JwtBuilder valid(String... privileges) {
        Instant now = Instant.now();
        return Jwts.builder()
                .header()
                .keyId(KeyIds.of(keys.getPublic()))
                .and()
                .issuer(TokenContract.ISSUER)
                .audience()
                .add(TokenContract.AUDIENCE)
                .and()
                .subject("student")
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim(TokenContract.PRIVILEGES_CLAIM, List.of(privileges))
                .signWith(keys.getPrivate(), Jwts.SIG.RS256);
    }

    public String token(String... privileges) {
        return valid(privileges).compact();
    }

    /// A token with `alg: none` and no signature.
    public String unsigned() {
        return base64(header("none")) + "." + base64(claims()) + ".";
    }

    /// The classic confusion attack: HS256 with the PEM text of the public key as the HMAC secret.
    public String hs256WithPublicKey() {
        String signingInput = base64(header("HS256")) + "." + base64(claims());
        byte[] secret = PemKeys.toPem(keys.getPublic()).getBytes(StandardCharsets.US_ASCII);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String header(String algorithm) {
        return "{\"alg\":\"%s\",\"kid\":\"%s\",\"typ\":\"JWT\"}".formatted(algorithm, KeyIds.of(keys.getPublic()));
    }

    private static String claims() {
        long now = Instant.now().getEpochSecond();
        return ("{\"iss\":\"orrery\",\"aud\":\"orrery-services\",\"sub\":\"mallory\",\"privileges\":[\"heroes:write\"],"
                        + "\"iat\":%d,\"exp\":%d}")
                .formatted(now, now + 600);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
