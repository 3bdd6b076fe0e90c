package dev.orrery.auth.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void matchesTheRfc7914Pbkdf2Sha256Vector() {
        var salt = Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.US_ASCII));
        var key = Base64.getEncoder()
                .encodeToString(
                        HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));

        var hash = PasswordHash.parse("pbkdf2-sha256$1$" + salt + "$" + key);

        assertThat(hash.matches("passwd")).isTrue();
        assertThat(hash.matches("passwe")).isFalse();
    }

    @Test
    void roundTripsItsStoredForm() {
        var hash = PasswordHash.of("secret", new byte[16], 1000);

        var parsed = PasswordHash.parse(hash.encoded());

        assertThat(parsed.matches("secret")).isTrue();
        assertThat(parsed.iterations()).isEqualTo(1000);
    }

    @Test
    void saysWhatIsMalformedWithoutEchoingIt() {
        assertThatThrownBy(() -> PasswordHash.parse("bcrypt$xyz"))
                .hasMessageContaining("pbkdf2-sha256$<iterations>")
                .hasMessageNotContaining("xyz");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$many$AA==$AA=="))
                .hasMessageContaining("iteration count");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$10$!!$AA==")).hasMessageContaining("base64");
    }
}
