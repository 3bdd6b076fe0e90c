package dev.orrery.auth.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @TempDir
    Path folder;

    @Test
    void acceptsAnOwnerOnlyFile() throws Exception {
        var file = file("rw-------");

        assertThat(SecretFile.checked("orrery.auth.users-file", file, "users file"))
                .isEqualTo(file);
    }

    @Test
    void acceptsAFileOthersMayReadButWarns() throws Exception {
        var file = file("rw-r--r--");

        assertThat(SecretFile.checked("orrery.auth.users-file", file, "users file"))
                .isEqualTo(file);
    }

    @Test
    void refusesAFileOthersMayChange() throws Exception {
        var file = file("rw-rw----");

        assertThatThrownBy(() -> SecretFile.checked("orrery.auth.users-file", file, "users file"))
                .isInstanceOfSatisfying(AuthSetupException.class, e -> {
                    assertThat(e.getMessage()).contains(file.toString(), "changed by other users");
                    assertThat(e.action()).contains("chmod 600");
                });
    }

    @Test
    void saysWhichPropertyToSetWhenUnset() {
        assertThatThrownBy(() -> SecretFile.checked("orrery.security.private-key-file", null, "private key"))
                .isInstanceOfSatisfying(AuthSetupException.class, e -> {
                    assertThat(e.getMessage()).contains("orrery.security.private-key-file is not set");
                    assertThat(e.action()).contains("--orrery.security.private-key-file=");
                });
    }

    @Test
    void namesAMissingFile() {
        var missing = folder.resolve("missing.pem");

        assertThatThrownBy(() -> SecretFile.checked("orrery.security.private-key-file", missing, "private key"))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void reportsAsFailureAnalysis() {
        var analysis = new AuthSetupFailureAnalyzer()
                .analyze(new IllegalStateException(new AuthSetupException("the problem", "the action")));

        assertThat(analysis.getDescription()).isEqualTo("the problem");
        assertThat(analysis.getAction()).isEqualTo("the action");
    }

    private Path file(String permissions) throws Exception {
        var file = Files.writeString(folder.resolve("secret"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
