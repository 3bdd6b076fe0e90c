package dev.orrery.auth.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.auth.AuthFiles;
import dev.orrery.auth.setup.AuthSetupException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    @TempDir
    Path folder;

    @Test
    void readsUsersWithPrivilegesAndSecondFactor() throws Exception {
        var users = UsersFile.read(write(AuthFiles.usersJson()));

        assertThat(users).extracting(UserAccount::id).containsExactly("student", "admin");
        assertThat(users.get(0).privileges()).containsExactly("heroes:read", "threats:read");
        assertThat(users.get(0).needsSecondFactor()).isFalse();
        assertThat(users.get(1).needsSecondFactor()).isTrue();
        assertThat(users.get(1).toString()).doesNotContain(AuthFiles.ADMIN_TOTP);
    }

    @Test
    void namesTheFileAndTheUserButNoSecretWhenAnEntryIsBroken() throws Exception {
        var file = write("{\"users\": [{\"id\": \"eve\", \"passwordHash\": \"plain-text-password\"}]}");

        assertThatThrownBy(() -> UsersFile.read(file))
                .isInstanceOf(AuthSetupException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("'eve'")
                .hasMessageNotContaining("plain-text-password");
    }

    @Test
    void refusesDuplicateUsersAndBadSecrets() throws Exception {
        var hash = PasswordHash.of("x", new byte[16], 1).encoded();
        var duplicate = write(
                "{\"users\": [{\"id\": \"a\", \"passwordHash\": \"%s\"}, {\"id\": \"a\", \"passwordHash\": \"%s\"}]}"
                        .formatted(hash, hash));
        var badSecret =
                write("{\"users\": [{\"id\": \"a\", \"passwordHash\": \"%s\", \"totpSecret\": \"not base32!\"}]}"
                        .formatted(hash));

        assertThatThrownBy(() -> UsersFile.read(duplicate)).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> UsersFile.read(badSecret)).hasMessageContaining("not base32");
    }

    @Test
    void refusesAFileThatIsNotAUsersList() throws Exception {
        assertThatThrownBy(() -> UsersFile.read(write("{\"people\": []}"))).hasMessageContaining("no \"users\" list");
        assertThatThrownBy(() -> UsersFile.read(write("not json"))).hasMessageContaining("not valid JSON");
    }

    private Path write(String json) throws Exception {
        return Files.writeString(Files.createTempFile(folder, "users", ".json"), json);
    }
}
