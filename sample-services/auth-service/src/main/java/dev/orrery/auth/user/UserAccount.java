package dev.orrery.auth.user;

import java.util.List;
import java.util.Optional;

/// A user who may log in.
///
/// @param id           the user id, also the token's subject
/// @param passwordHash the stored password hash
/// @param privileges   what the user's tokens grant, e.g. `heroes:read`
/// @param totpSecret   the raw secret of the user's second factor; empty when the user has none
public record UserAccount(String id, PasswordHash passwordHash, List<String> privileges, Optional<byte[]> totpSecret) {

    public UserAccount {
        privileges = List.copyOf(privileges);
        totpSecret = totpSecret.map(byte[]::clone);
    }

    /// A copy of the second factor's secret, so that nobody can change the account's.
    @Override
    public Optional<byte[]> totpSecret() {
        return totpSecret.map(byte[]::clone);
    }

    public boolean needsSecondFactor() {
        return totpSecret.isPresent();
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "UserAccount[" + id + ", " + privileges + (needsSecondFactor() ? ", second factor" : "") + "]";
    }
}
