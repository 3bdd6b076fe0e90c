package dev.orrery.console.tokens;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/// Says in plain words what each header field and claim of a token means, and shows its value readably.
final class ClaimMeaning {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("alg", "how it was signed; the services accept only RS256 (RSA with SHA-256)"),
            Map.entry("typ", "the kind of token; JWT means a JSON Web Token"),
            Map.entry("kid", "which key signed it; the services look the key up by this id"),
            Map.entry("iss", "who issued it; the services accept only 'orrery'"),
            Map.entry("aud", "who it is meant for; the services accept only 'orrery-services'"),
            Map.entry("sub", "who it speaks for: the user that logged in"),
            Map.entry("privileges", "what its holder may do, checked by each endpoint"),
            Map.entry("iat", "when it was issued"),
            Map.entry("nbf", "not valid before this moment"),
            Map.entry("exp", "when it expires; after that every service refuses it"),
            Map.entry("jti", "a unique id of this token, e.g. to revoke it"));

    private ClaimMeaning() {}

    static String of(String name) {
        return MEANINGS.getOrDefault(name, "a claim the services do not look at");
    }

    /// The value as a person reads it: times as local date and time, lists joined by commas.
    static String show(String name, Object value) {
        if (value instanceof Number seconds && (name.equals("iat") || name.equals("exp") || name.equals("nbf"))) {
            return TIME.format(Instant.ofEpochSecond(seconds.longValue())) + "  (" + seconds + ")";
        }
        if (value instanceof java.util.List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
