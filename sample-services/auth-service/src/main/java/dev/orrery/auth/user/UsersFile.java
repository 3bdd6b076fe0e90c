package dev.orrery.auth.user;

import dev.orrery.auth.setup.AuthSetupException;
import dev.orrery.auth.totp.Base32;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/// Reads the users file (`orrery.auth.users-file`, format in docs/service-contract.md) into accounts.
///
/// Every problem names the file and the user it concerns, never a hash or a secret.
public final class UsersFile {

    private static final String ACTION = "Fix the users file (format in docs/service-contract.md), or let Orrery's"
            + " runtime write a new one by deleting it and starting the cluster again.";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private UsersFile() {}

    /// The accounts in `file`, which has passed the secret-file checks.
    public static List<UserAccount> read(Path file) {
        Content content;
        try {
            content = JSON.readValue(file.toFile(), Content.class);
        } catch (JacksonException e) {
            throw new AuthSetupException(
                    "The users file " + file.toAbsolutePath() + " is not valid JSON of the expected shape: "
                            + e.getOriginalMessage(),
                    ACTION,
                    e);
        }
        if (content.users() == null) {
            throw new AuthSetupException("The users file " + file.toAbsolutePath() + " has no \"users\" list.", ACTION);
        }

        var accounts = new ArrayList<UserAccount>();
        var ids = new HashSet<String>();
        for (int i = 0; i < content.users().size(); i++) {
            var account = account(file, i, content.users().get(i));
            if (!ids.add(account.id())) {
                throw invalid(file, "user '" + account.id() + "' appears twice");
            }
            accounts.add(account);
        }
        return List.copyOf(accounts);
    }

    private static UserAccount account(Path file, int index, Entry entry) {
        if (entry.id() == null || entry.id().isBlank()) {
            throw invalid(file, "user number " + (index + 1) + " has no \"id\"");
        }
        if (entry.passwordHash() == null) {
            throw invalid(file, "user '" + entry.id() + "' has no \"passwordHash\"");
        }

        PasswordHash hash;
        try {
            hash = PasswordHash.parse(entry.passwordHash());
        } catch (IllegalArgumentException e) {
            throw invalid(file, "the passwordHash of user '" + entry.id() + "' is malformed: " + e.getMessage());
        }
        var privileges = entry.privileges() == null ? List.<String>of() : entry.privileges();
        return new UserAccount(entry.id(), hash, privileges, totpSecret(file, entry));
    }

    private static Optional<byte[]> totpSecret(Path file, Entry entry) {
        if (entry.totpSecret() == null || entry.totpSecret().isBlank()) {
            return Optional.empty();
        }
        try {
            var secret = Base32.decode(entry.totpSecret());
            if (secret.length < 10) {
                throw invalid(file, "the totpSecret of user '" + entry.id() + "' is shorter than 80 bits");
            }
            return Optional.of(secret);
        } catch (IllegalArgumentException e) {
            throw invalid(file, "the totpSecret of user '" + entry.id() + "' is not base32");
        }
    }

    private static AuthSetupException invalid(Path file, String problem) {
        return new AuthSetupException(
                "The users file " + file.toAbsolutePath() + " is invalid: " + problem + ".", ACTION);
    }

    private record Content(@Nullable List<Entry> users) {}

    private record Entry(
            @Nullable String id,
            @Nullable String passwordHash,
            @Nullable List<String> privileges,
            @Nullable String totpSecret) {}
}
