package dev.orrery.auth.user;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The users who may log in, and the password check.
///
/// A login with an unknown user id costs the same as one with a wrong password: the password is checked against a
/// stand-in hash with as many iterations as the users' hashes, so the answer time does not tell which ids exist.
public final class UserDirectory {

    private final Map<String, UserAccount> accounts;
    private final PasswordHash standIn;

    public UserDirectory(List<UserAccount> accounts) {
        this.accounts = accounts.stream().collect(Collectors.toUnmodifiableMap(UserAccount::id, Function.identity()));
        var iterations = accounts.stream()
                .mapToInt(account -> account.passwordHash().iterations())
                .max()
                .orElse(1);
        var salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        this.standIn = PasswordHash.of("", salt, iterations);
    }

    /// The account of `userId` if `password` is its password; empty for an unknown user or a wrong password alike.
    public Optional<UserAccount> authenticate(String userId, String password) {
        var account = Optional.ofNullable(accounts.get(userId));
        var hash = account.map(UserAccount::passwordHash).orElse(standIn);
        var matches = hash.matches(password);
        return account.filter(found -> matches);
    }

    /// The account of `userId`, for a login that continues with its second factor.
    public Optional<UserAccount> find(String userId) {
        return Optional.ofNullable(accounts.get(userId));
    }

    public int size() {
        return accounts.size();
    }
}
