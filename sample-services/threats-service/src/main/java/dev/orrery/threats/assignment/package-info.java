/// Assigning a hero to a threat: claims the hero at heroes-service (through the registry or a fixed URL), then
/// records the assignment.
@NullMarked
package dev.orrery.threats.assignment;

import org.jspecify.annotations.NullMarked;
