/// The registry graph: the registry in the middle, its applications around it and their instances, as the
/// registry sees them, next to what the supervisor knows.
@NullMarked
package dev.orrery.console.registry;

import org.jspecify.annotations.NullMarked;
