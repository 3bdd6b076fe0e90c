/// Parent-process watch: a service started by the Orrery runtime ends itself when the runtime is gone, even after a
/// `kill -9` of the runtime, so no orphaned instances keep ports and registry leases.
@NullMarked
package dev.orrery.support.parent;

import org.jspecify.annotations.NullMarked;
