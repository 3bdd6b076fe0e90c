/// One running cluster per data folder: the lock that guarantees it, and the small authenticated HTTP API on
/// 127.0.0.1 through which `orrery status`, `orrery down` and other processes talk to the process that runs it.
@NullMarked
package dev.orrery.runtime.control;

import org.jspecify.annotations.NullMarked;
