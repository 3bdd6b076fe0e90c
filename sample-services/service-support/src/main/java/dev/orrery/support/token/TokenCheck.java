package dev.orrery.support.token;

/// The outcome of checking one token: accepted with its claims, or refused with the reason.
public sealed interface TokenCheck {

    /// The token passed every check.
    record Accepted(VerifiedToken token) implements TokenCheck {}

    /// The token was refused.
    ///
    /// @param reason what was wrong, as a closed set
    /// @param detail a sentence for the caller; never contains the token itself
    record Refused(RefusalReason reason, String detail) implements TokenCheck {

        /// A refusal whose detail is the reason's standard description.
        public static Refused because(RefusalReason reason) {
            return new Refused(reason, reason.description());
        }
    }
}
