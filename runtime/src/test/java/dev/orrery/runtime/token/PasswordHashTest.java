package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void encodedFormFollowsTheUsersFileContract() {
        String encoded = PasswordHash.create("amber-fox-tide-42", 1000).encoded();

        assertThat(encoded).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=");
    }

    @Test
    void parsedHashMatchesOnlyItsPassword() {
        PasswordHash parsed = PasswordHash.parse(
                PasswordHash.create("amber-fox-tide-42", 1000).encoded());

        assertThat(parsed.iterations()).isEqualTo(1000);
        assertThat(parsed.matches("amber-fox-tide-42")).isTrue();
        assertThat(parsed.matches("amber-fox-tide-43")).isFalse();
    }

    @Test
    void roundTripKeepsTheEncodedForm() {
        String encoded = PasswordHash.create("secret", 500).encoded();

        assertThat(PasswordHash.parse(encoded).encoded()).isEqualTo(encoded);
        assertThat(PasswordHash.parse(encoded)).isEqualTo(PasswordHash.parse(encoded));
    }

    @Test
    void matchesAHashComputedIndependently() {
        // PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes), a published test vector.
        String known = "pbkdf2-sha256$1$c2FsdA==$Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4Xs=";

        assertThat(PasswordHash.parse(known).matches("password")).isTrue();
    }

    @Test
    void refusesOtherSchemesWithAHint() {
        assertThatThrownBy(() -> PasswordHash.parse("bcrypt$10$abc"))
                .hasMessageContaining("pbkdf2-sha256$<iterations>$<salt>$<hash>");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$x$c2FsdA==$c2FsdA=="))
                .hasMessageContaining("bad number or base64");
    }
}
