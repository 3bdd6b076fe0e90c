/// Time-based one-time codes (RFC 6238) for the second factor.
@NullMarked
package dev.orrery.auth.totp;

import org.jspecify.annotations.NullMarked;
