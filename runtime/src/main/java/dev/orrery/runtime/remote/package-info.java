/// Read-only attach to any Eureka registry: reads its applications and instances, live, without supervising or
/// changing anything there.
@NullMarked
package dev.orrery.runtime.remote;

import org.jspecify.annotations.NullMarked;
