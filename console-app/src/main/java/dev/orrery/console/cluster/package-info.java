/// The cluster view: every component and instance with its state, port, process, uptime and memory, and the
/// commands to start, stop, restart, kill and scale them.
@NullMarked
package dev.orrery.console.cluster;

import org.jspecify.annotations.NullMarked;
