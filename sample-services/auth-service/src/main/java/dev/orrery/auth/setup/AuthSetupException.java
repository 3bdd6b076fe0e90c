package dev.orrery.auth.setup;

/// The auth-service cannot start because a setting or secret file is missing or unusable.
///
/// The message says what is wrong and where; [#action()] says what to do about it. Neither ever contains secret
/// material.
public final class AuthSetupException extends RuntimeException {

    private final String action;

    public AuthSetupException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public AuthSetupException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    /// What the user should do to fix it.
    public String action() {
        return action;
    }
}
