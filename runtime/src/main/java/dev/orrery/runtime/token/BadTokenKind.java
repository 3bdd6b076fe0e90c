package dev.orrery.runtime.token;

/// The ways the console's "make it bad" menu spoils a token, each aimed at one check the services make.
public enum BadTokenKind {
    /// Signed properly, then its claims were changed (more privileges): the signature no longer matches.
    TAMPERED("Tampered", "privileges raised after signing", TokenProblem.BAD_SIGNATURE),
    /// Signed properly, but its lifetime ended ten minutes ago.
    EXPIRED("Expired", "exp ten minutes in the past", TokenProblem.EXPIRED),
    /// No signature at all (`alg: none`), as an attacker would try.
    UNSIGNED("Unsigned", "alg none, empty signature", TokenProblem.UNSIGNED),
    /// Signed properly, but meant for another application.
    WRONG_AUDIENCE("Wrong audience", "aud is another application", TokenProblem.WRONG_AUDIENCE),
    /// Signed properly, but from someone other than the cluster's issuer.
    WRONG_ISSUER("Wrong issuer", "iss is not orrery", TokenProblem.WRONG_ISSUER),
    /// Signed properly, but only valid from ten minutes from now on.
    NOT_YET_VALID("Not yet valid", "nbf ten minutes in the future", TokenProblem.NOT_YET_VALID),
    /// Signed with a key the cluster does not know, as another cluster would.
    UNKNOWN_KEY("Unknown key", "signed with a stranger's key", TokenProblem.UNKNOWN_KEY);

    private final String title;
    private final String how;
    private final TokenProblem expectedProblem;

    BadTokenKind(String title, String how, TokenProblem expectedProblem) {
        this.title = title;
        this.how = how;
        this.expectedProblem = expectedProblem;
    }

    /// A short name for menus, e.g. "Tampered".
    public String title() {
        return title;
    }

    /// What was spoiled, e.g. "exp ten minutes in the past".
    public String how() {
        return how;
    }

    /// The problem the [TokenInspector] (and every service) finds in such a token.
    public TokenProblem expectedProblem() {
        return expectedProblem;
    }
}
