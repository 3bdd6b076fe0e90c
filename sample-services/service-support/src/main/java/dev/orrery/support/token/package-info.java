/// Token verification for the sample services: RS256 JWTs checked against the cluster's public key, with a result that
/// says why a token was refused, and PEM key reading and key ids shared with the token issuer.
@NullMarked
package dev.orrery.support.token;

import org.jspecify.annotations.NullMarked;
