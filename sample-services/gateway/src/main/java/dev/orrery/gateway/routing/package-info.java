/// Routing: which service a request goes to, which instance serves it, retries on another instance, and the
/// answers the gateway gives when no instance can serve.
@NullMarked
package dev.orrery.gateway.routing;

import org.jspecify.annotations.NullMarked;
