package dev.orrery.auth.login;

import dev.orrery.auth.token.TokenIssuer;
import dev.orrery.auth.totp.Totp;
import dev.orrery.auth.user.UserAccount;
import dev.orrery.auth.user.UserDirectory;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/// Logs users in: password first, then, for users with a TOTP secret, a one-time code against a challenge.
///
/// A code is accepted once: after a user's code for one time step was used, codes of that step and earlier ones
/// are refused for that user, so a code seen over someone's shoulder cannot be replayed within its 90 s window.
final class LoginService {

    private final UserDirectory users;
    private final SecondFactorChallenges challenges;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final Map<String, Long> lastUsedStep = new HashMap<>();

    LoginService(UserDirectory users, SecondFactorChallenges challenges, TokenIssuer issuer, Clock clock) {
        this.users = users;
        this.challenges = challenges;
        this.issuer = issuer;
        this.clock = clock;
    }

    LoginOutcome login(String userId, String password) {
        var account = users.authenticate(userId, password);
        if (account.isEmpty()) {
            return new LoginOutcome.Refused("unknown user or wrong password");
        }
        if (!account.get().needsSecondFactor()) {
            return issue(account.get());
        }
        return challenges
                .issue(userId)
                .<LoginOutcome>map(LoginOutcome.SecondFactorRequired::new)
                .orElseGet(() -> new LoginOutcome.Refused("too many second-factor challenges are open"));
    }

    LoginOutcome completeSecondFactor(String challenge, String code) {
        var account = challenges.redeem(challenge).flatMap(users::find);
        if (account.isEmpty()) {
            return new LoginOutcome.Refused("unknown, used or expired challenge");
        }
        var secret = account.get().totpSecret().orElseThrow();
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return new LoginOutcome.Refused(
                    "wrong one-time code for " + account.get().id());
        }
        if (!markUsed(account.get().id(), step.getAsLong())) {
            return new LoginOutcome.Refused("one-time code of " + account.get().id() + " was already used");
        }
        return issue(account.get());
    }

    /// Records that `userId` used the code of `step`; false if that step or a later one was used before.
    private synchronized boolean markUsed(String userId, long step) {
        var previous = lastUsedStep.get(userId);
        if (previous != null && step <= previous) {
            return false;
        }

        lastUsedStep.put(userId, step);
        return true;
    }

    private LoginOutcome issue(UserAccount account) {
        return new LoginOutcome.Issued(issuer.issue(account.id(), account.privileges()));
    }
}
