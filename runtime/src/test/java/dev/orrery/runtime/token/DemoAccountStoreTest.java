package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.topology.DemoUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountStoreTest {
    @TempDir
    Path keys;

    @Test
    void createsThreeUsersWithTheirPrivilegesAndAnAdminSecondFactor() {
        List<DemoAccount> users = new DemoAccountStore(keys, new PasswordGenerator(), 1000).loadOrCreate();

        assertThat(users).extracting(DemoAccount::id).containsExactly("student", "teacher", "admin");
        assertThat(users.get(0).privileges()).containsExactly(Privilege.HEROES_READ, Privilege.THREATS_READ);
        assertThat(users.get(1).privileges()).containsExactlyElementsOf(Privilege.all());
        assertThat(users.get(1).totpSecret()).isEmpty();
        assertThat(users.get(2).totpSecret())
                .hasValueSatisfying(s -> assertThat(s).matches("[A-Z2-7]{32}"));
        assertThat(users.get(2).otpauthUri())
                .hasValueSatisfying(uri -> assertThat(uri)
                        .startsWith("otpauth://totp/Orrery:admin?secret=")
                        .endsWith("&issuer=Orrery"));
        assertThat(users)
                .extracting(DemoAccount::password)
                .doesNotHaveDuplicates()
                .allMatch(p -> p.length() >= 12);
    }

    @Test
    void keepsUsersAcrossLoadsAndWritesTheAuthServiceUsersFile() throws Exception {
        var store = new DemoAccountStore(keys, new PasswordGenerator(), 1000);
        List<DemoAccount> created = store.loadOrCreate();

        List<DemoAccount> loaded = new DemoAccountStore(keys).loadOrCreate();

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

    @Test
    void followsTheTopologysUsersAndKeepsTheirPasswords() {
        var store = new DemoAccountStore(keys, new PasswordGenerator(), 1000);
        List<DemoAccount> first = store.loadOrCreate();

        List<DemoAccount> second = store.loadOrCreate(
                List.of(new DemoUser("admin", List.of("heroes:read"), true), new DemoUser("guest", List.of(), false)));

        assertThat(second).extracting(DemoAccount::id).containsExactly("admin", "guest");
        assertThat(second.get(0).password()).isEqualTo(first.get(2).password());
        assertThat(second.get(0).totpSecret()).isEqualTo(first.get(2).totpSecret());
        assertThat(second.get(0).privileges()).containsExactly(Privilege.HEROES_READ);
        assertThat(store.stored()).isEqualTo(second);
    }
}
