/// The auth-service: logs users in with a password and an optional one-time code, and issues RS256 tokens.
@NullMarked
package dev.orrery.auth;

import org.jspecify.annotations.NullMarked;
