/// The Tokens view: log in through auth-service (with the second factor walked through step by step), issue tokens
/// with chosen claims, decode and explain any token, and spoil tokens on purpose to watch the services refuse them.
@NullMarked
package dev.orrery.console.tokens;

import org.jspecify.annotations.NullMarked;
