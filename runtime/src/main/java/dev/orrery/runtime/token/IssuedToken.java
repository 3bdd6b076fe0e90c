package dev.orrery.runtime.token;

import java.time.Instant;
import java.util.List;

/// A signed token and the claims it was issued with.
///
/// @param compact the `header.payload.signature` form to send as `Authorization: Bearer …`
public record IssuedToken(
        String compact, String subject, List<Privilege> privileges, String id, Instant issuedAt, Instant expiresAt) {

    public IssuedToken {
        privileges = List.copyOf(privileges);
    }

    /// The token shortened for logs and screens: enough to tell tokens apart, useless to an attacker.
    public String masked() {
        return TokenMask.mask(compact);
    }

    @Override
    public String toString() {
        return "IssuedToken[" + subject + ", " + privileges + ", jti=" + id + ", exp=" + expiresAt + ", " + masked()
                + "]";
    }
}
