/// Consistent JSON error bodies (RFC 9457 `application/problem+json`) for every error a service answers, including
/// unknown paths and malformed requests, each naming the instance that answered; never a stack trace or HTML page.
@NullMarked
package dev.orrery.support.problem;

import org.jspecify.annotations.NullMarked;
