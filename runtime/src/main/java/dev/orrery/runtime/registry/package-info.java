/// The registry watcher: reads the Eureka registry's REST API into [dev.orrery.runtime.registry.RegistrySnapshot]s,
/// reports what changed between two of them, and registers, renews and removes instances on the runtime's behalf.
@NullMarked
package dev.orrery.runtime.registry;

import org.jspecify.annotations.NullMarked;
