package dev.orrery.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.auth.setup.AuthSetupException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class AuthStartupTest {

    @Test
    void refusesToStartWithoutAUsersFileAndSaysWhichPropertyToSet() {
        var files = AuthFiles.create();

        assertThatThrownBy(() -> start("--orrery.security.private-key-file=" + files.privateKey))
                .hasRootCauseInstanceOf(AuthSetupException.class)
                .rootCause()
                .hasMessageContaining("orrery.auth.users-file is not set");
    }

    @Test
    void refusesToStartWithAMissingKeyFileAndNamesIt() {
        var files = AuthFiles.create();
        var missing = files.folder.resolve("no-such-key.pem");

        assertThatThrownBy(() -> start(
                        "--orrery.auth.users-file=" + files.usersFile, "--orrery.security.private-key-file=" + missing))
                .rootCause()
                .isInstanceOf(AuthSetupException.class)
                .hasMessageContaining(missing.toString());
    }

    private static void start(String... args) {
        var arguments = new String[args.length + 2];
        System.arraycopy(args, 0, arguments, 0, args.length);
        arguments[args.length] = "--eureka.client.enabled=false";
        arguments[args.length + 1] = "--server.port=0";
        try (var context = new SpringApplicationBuilder(AuthApplication.class).run(arguments)) {
            context.getId();
        }
    }
}
