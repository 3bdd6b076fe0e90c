/// Live traffic: the gateway's stream of routed requests ([dev.orrery.runtime.traffic.TrafficEvent]) and per-edge,
/// per-second aggregates ([dev.orrery.runtime.traffic.EdgeStats]).
@NullMarked
package dev.orrery.runtime.traffic;

import org.jspecify.annotations.NullMarked;
