package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoUserStoreTest {
    @TempDir
    Path keys;

    @Test
    void createsThreeUsersWithTheirPrivilegesAndAnAdminSecondFactor() {
        List<DemoUser> users = new DemoUserStore(keys, new PasswordGenerator(), 1000).loadOrCreate();

        assertThat(users).extracting(DemoUser::id).containsExactly("student", "teacher", "admin");
        assertThat(users.get(0).privileges()).containsExactly(Privilege.HEROES_READ, Privilege.THREATS_READ);
        assertThat(users.get(1).privileges()).containsExactlyElementsOf(Privilege.all());
        assertThat(users.get(1).totpSecret()).isEmpty();
        assertThat(users.get(2).totpSecret())
                .hasValueSatisfying(s -> assertThat(s).matches("[A-Z2-7]{32}"));
        assertThat(users.get(2).otpauthUri())
                .hasValueSatisfying(uri -> assertThat(uri)
                        .startsWith("otpauth://totp/Orrery:admin?secret=")
                        .endsWith("&issuer=Orrery"));
        assertThat(users).extracting(DemoUser::password).doesNotHaveDuplicates().allMatch(p -> p.length() >= 12);
    }

    @Test
    void keepsUsersAcrossLoadsAndWritesTheAuthServiceUsersFile() throws Exception {
        var store = new DemoUserStore(keys, new PasswordGenerator(), 1000);
        List<DemoUser> created = store.loadOrCreate();

        List<DemoUser> loaded = new DemoUserStore(keys).loadOrCreate();

        assertThat(loaded).isEqualTo(created);
        JsonNode authUsers =
                new ObjectMapper().readTree(store.authUsersFile().toFile()).path("users");
        assertThat(authUsers).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode user = authUsers.get(i);
            assertThat(user.path("id").asText()).isEqualTo(created.get(i).id());
            assertThat(PasswordHash.parse(user.path("passwordHash").asText())
                            .matches(created.get(i).password()))
                    .isTrue();
            assertThat(user.has("password")).isFalse();
        }
        assertThat(authUsers.get(2).path("totpSecret").asText())
                .isEqualTo(created.get(2).totpSecret().orElseThrow());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.authUsersFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.demoUsersFile())))
                .isEqualTo("rw-------");
    }
}
