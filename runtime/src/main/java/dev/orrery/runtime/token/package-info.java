/// The cluster's token issuer: its RSA key pair, demo users with passwords and a TOTP second factor, signed
/// tokens and an inspector that explains why a token is or is not accepted.
@NullMarked
package dev.orrery.runtime.token;

import org.jspecify.annotations.NullMarked;
