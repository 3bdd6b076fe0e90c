/// Log tuning for the registry: keeps its log readable at the fast eviction interval Orrery uses.
@NullMarked
package dev.orrery.registry.logging;

import org.jspecify.annotations.NullMarked;
