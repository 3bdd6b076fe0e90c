/// `orrery bench`: measures how fast a cluster comes alive, heals after a kill and routes, on this machine, with
/// load sent only to 127.0.0.1 and bounded in count and time.
@NullMarked
package dev.orrery.runtime.bench;

import org.jspecify.annotations.NullMarked;
