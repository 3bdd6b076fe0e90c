/// Users and their passwords: the users file and constant-time password checks.
@NullMarked
package dev.orrery.auth.user;

import org.jspecify.annotations.NullMarked;
