package dev.orrery.support.token;

/// Why a token was refused; each reason carries a short text safe to show to the caller (it never contains the token).
public enum RefusalReason {
    MISSING("no bearer token in the Authorization header"),
    MALFORMED("the token is not a well-formed signed JWT"),
    BAD_SIGNATURE("the token's signature does not match the cluster's public key"),
    UNSIGNED("the token is not signed"),
    WRONG_ALGORITHM("the token is not signed with " + TokenContract.ALGORITHM),
    EXPIRED("the token has expired"),
    NOT_YET_VALID("the token is not valid yet"),
    WRONG_ISSUER("the token was not issued by " + TokenContract.ISSUER),
    WRONG_AUDIENCE("the token is not meant for " + TokenContract.AUDIENCE),
    UNKNOWN_KEY_ID("the token was signed with an unknown key");

    private final String description;

    RefusalReason(String description) {
        this.description = description;
    }

    /// A sentence for error bodies and logs.
    public String description() {
        return description;
    }

    /// The reason as a lower-case code for JSON bodies, e.g. `bad_signature`.
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
