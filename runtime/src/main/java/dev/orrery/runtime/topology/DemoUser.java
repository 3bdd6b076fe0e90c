package dev.orrery.runtime.topology;

import java.util.List;

/// A user the auth-service can log in.
///
/// @param privileges e.g. `heroes:read`, `threats:write`
/// @param secondFactor whether a one-time code (TOTP) is asked for after the password
public record DemoUser(String id, List<String> privileges, boolean secondFactor) {

    /// The privileges a token can carry.
    public static final List<String> KNOWN_PRIVILEGES =
            List.of("heroes:read", "heroes:write", "threats:read", "threats:write");

    public DemoUser {
        privileges = List.copyOf(privileges);
    }
}
