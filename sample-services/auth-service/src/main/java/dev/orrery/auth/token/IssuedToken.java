package dev.orrery.auth.token;

import java.time.Instant;

/// A token just issued, with what may be logged about it (its id and expiry, never the token itself).
///
/// @param compact   the signed token in compact form
/// @param tokenId   its `jti`
/// @param expiresAt its `exp`
public record IssuedToken(String compact, String tokenId, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[jti=" + tokenId + ", expires " + expiresAt + "]";
    }
}
