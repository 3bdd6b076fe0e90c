package dev.orrery.runtime.token;

/// Shortens a token or secret so it can be shown or logged without being usable.
public final class TokenMask {
    private TokenMask() {}

    public static String mask(String secret) {
        if (secret.length() <= 12) {
            return "…";
        }
        return secret.substring(0, 8) + "…" + secret.substring(secret.length() - 4);
    }
}
