/// Signing tokens with the cluster's private key, and publishing its public key as a JWK set.
@NullMarked
package dev.orrery.auth.token;

import org.jspecify.annotations.NullMarked;
