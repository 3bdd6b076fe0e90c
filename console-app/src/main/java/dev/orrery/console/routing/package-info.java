/// The routing graph: client → gateway → routes → instances with live traffic on every edge, and the load
/// generator that makes traffic flow.
@NullMarked
package dev.orrery.console.routing;

import org.jspecify.annotations.NullMarked;
