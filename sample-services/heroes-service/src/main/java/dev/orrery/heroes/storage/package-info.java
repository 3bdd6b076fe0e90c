/// Chooses where heroes and powers live from `orrery.storage`: `memory` (each instance its own copy) or `mongo`.
@NullMarked
package dev.orrery.heroes.storage;

import org.jspecify.annotations.NullMarked;
