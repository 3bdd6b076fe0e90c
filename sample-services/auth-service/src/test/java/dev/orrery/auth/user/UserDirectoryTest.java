package dev.orrery.auth.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

    private final UserDirectory users = new UserDirectory(List.of(new UserAccount(
            "student", PasswordHash.of("right", new byte[16], 1000), List.of("heroes:read"), Optional.empty())));

    @Test
    void findsTheUserOnlyWithTheRightPassword() {
        assertThat(users.authenticate("student", "right")).map(UserAccount::id).contains("student");
        assertThat(users.authenticate("student", "wrong")).isEmpty();
        assertThat(users.authenticate("nobody", "right")).isEmpty();
        assertThat(users.authenticate("nobody", "")).isEmpty();
    }
}
