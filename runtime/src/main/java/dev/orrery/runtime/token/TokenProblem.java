package dev.orrery.runtime.token;

/// Why a service would refuse a token.
public enum TokenProblem {
    MALFORMED("not a JWT: expected three base64url parts separated by dots, with JSON header and claims"),
    UNSIGNED("the token carries no signature (alg none); services accept only RS256"),
    UNSUPPORTED_ALGORITHM("signed with an algorithm services do not accept; they require RS256"),
    UNKNOWN_KEY("signed with a key this cluster does not know (kid differs); was it issued by another cluster?"),
    BAD_SIGNATURE("the signature does not match: the header or claims were changed after signing"),
    EXPIRED("the token has expired (exp is in the past); issue a new one"),
    NOT_YET_VALID("the token is not valid yet (nbf or iat is in the future); check the clocks"),
    WRONG_ISSUER("the issuer (iss) is not 'orrery'"),
    WRONG_AUDIENCE("the audience (aud) does not include 'orrery-services'");

    private final String explanation;

    TokenProblem(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
