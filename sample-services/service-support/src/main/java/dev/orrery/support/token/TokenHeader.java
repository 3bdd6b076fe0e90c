package dev.orrery.support.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// The few header fields of a compact JWS that are checked before its signature: `alg` and `kid`.
///
/// @param algorithm the `alg` header, empty if absent
/// @param keyId the `kid` header, empty if absent
/// @param signed whether the token has a non-empty signature part
record TokenHeader(String algorithm, String keyId, boolean signed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PRINTABLE_ALGORITHM = Pattern.compile("[A-Za-z0-9+-]{1,16}");

    /// Reads the header of a compact token; empty if the token is not three base64url parts with a JSON header.
    static Optional<TokenHeader> parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }

        try {
            byte[] json = Base64.getUrlDecoder().decode(parts[0]);
            JsonNode header = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            if (!header.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new TokenHeader(text(header, "alg"), text(header, "kid"), !parts[2].isEmpty()));
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }

    /// Whether the token declares itself unsecured or carries no signature.
    boolean unsigned() {
        return !signed || algorithm.isEmpty() || "none".equalsIgnoreCase(algorithm);
    }

    /// The algorithm name if it looks like one, so that an error message never echoes arbitrary input.
    String printableAlgorithm() {
        return PRINTABLE_ALGORITHM.matcher(algorithm).matches() ? algorithm : "an unknown algorithm";
    }

    private static String text(JsonNode header, String field) {
        JsonNode value = header.get(field);
        return value != null && value.isString() ? value.asString() : "";
    }
}
