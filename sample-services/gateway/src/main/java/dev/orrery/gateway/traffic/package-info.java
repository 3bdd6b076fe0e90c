/// Traffic events: one event per routed request, streamed to subscribers as server-sent events.
@NullMarked
package dev.orrery.gateway.traffic;

import org.jspecify.annotations.NullMarked;
