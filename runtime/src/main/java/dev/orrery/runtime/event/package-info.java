/// The one typed event bus of the runtime: every change in a running cluster is a
/// [dev.orrery.runtime.event.ClusterEvent], delivered to each subscriber on its own thread, in order.
@NullMarked
package dev.orrery.runtime.event;

import org.jspecify.annotations.NullMarked;
