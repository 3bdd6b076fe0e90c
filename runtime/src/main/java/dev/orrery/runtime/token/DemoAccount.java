package dev.orrery.runtime.token;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/// A user that can log in to the cluster's auth-service; passwords are generated per cluster for teaching, so they
/// are kept in plain text (owner-only) to be shown in the console and the CLI.
///
/// @param totpSecret base32 secret of the second factor, present only for users that need one
public record DemoAccount(String id, String password, List<Privilege> privileges, Optional<String> totpSecret) {

    public DemoAccount {
        privileges = List.copyOf(privileges);
    }

    /// The `otpauth://` URI an authenticator app scans, when the user has a second factor.
    public Optional<String> otpauthUri() {
        return totpSecret.map(secret -> "otpauth://totp/Orrery:" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "?secret=" + secret + "&issuer=Orrery");
    }

    @Override
    public String toString() {
        return "DemoAccount[" + id + ", " + privileges + (totpSecret.isPresent() ? ", TOTP" : "") + "]";
    }
}
