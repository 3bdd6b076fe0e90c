package dev.orrery.auth.login;

import dev.orrery.auth.token.IssuedToken;

/// What a login step ended with.
sealed interface LoginOutcome {

    /// The user is logged in.
    record Issued(IssuedToken token) implements LoginOutcome {}

    /// The password was right; the user must now send a one-time code with this challenge.
    record SecondFactorRequired(String challenge) implements LoginOutcome {}

    /// Refused; `reason` is for the log only, the client always hears the same answer.
    record Refused(String reason) implements LoginOutcome {}
}
