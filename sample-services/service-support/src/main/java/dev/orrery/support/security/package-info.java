/// Token checks at the door of a service: with `orrery.security.enabled=true`, each request needs a valid bearer
/// token that grants the privileges the service declares for its method and path.
@NullMarked
package dev.orrery.support.security;

import org.jspecify.annotations.NullMarked;
