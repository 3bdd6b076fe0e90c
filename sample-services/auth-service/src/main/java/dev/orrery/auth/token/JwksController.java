package dev.orrery.auth.token;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/// `GET /auth/.well-known/jwks.json`: the public key that verifies this auth-service's tokens, as a JWK set
/// (RFC 7517), for clients that prefer fetching the key to reading the cluster's PEM file.
@RestController
class JwksController {

    private final Map<String, Object> jwks;

    JwksController(SigningKey key) {
        var jwk = Map.of(
                "kty",
                "RSA",
                "use",
                "sig",
                "alg",
                "RS256",
                "kid",
                key.keyId(),
                "n",
                base64Url(key.publicKey().getModulus()),
                "e",
                base64Url(key.publicKey().getPublicExponent()));
        this.jwks = Map.of("keys", List.of(jwk));
    }

    @GetMapping("/auth/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return jwks;
    }

    /// Unsigned big-endian bytes, unpadded base64url, as JWK requires for RSA numbers.
    static String base64Url(BigInteger value) {
        var bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
