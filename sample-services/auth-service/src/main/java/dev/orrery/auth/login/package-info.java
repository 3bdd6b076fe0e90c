/// The login endpoints: password, then an optional second factor, then a token.
@NullMarked
package dev.orrery.auth.login;

import org.jspecify.annotations.NullMarked;
