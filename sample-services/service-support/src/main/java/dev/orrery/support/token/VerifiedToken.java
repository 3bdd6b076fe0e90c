package dev.orrery.support.token;

import java.time.Instant;
import java.util.Set;

/// The claims of a token that passed every check.
///
/// @param subject who the token was issued to (`sub`)
/// @param privileges what the bearer may do, e.g. `heroes:read`
/// @param expiresAt when the token stops being accepted (`exp`, before clock skew)
/// @param tokenId the token's unique id (`jti`), empty if the issuer set none
public record VerifiedToken(String subject, Set<String> privileges, Instant expiresAt, String tokenId) {

    public VerifiedToken {
        privileges = Set.copyOf(privileges);
    }

    /// Whether the token grants the privilege.
    public boolean grants(String privilege) {
        return privileges.contains(privilege);
    }
}
