/// Chooses where threats live from `orrery.storage`: `memory` (each instance its own copy) or `mongo`.
@NullMarked
package dev.orrery.threats.storage;

import org.jspecify.annotations.NullMarked;
