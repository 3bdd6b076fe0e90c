/// The logs view: every instance's output, merged or one at a time, with follow, pause, search, level filter,
/// copy and clear, in bounded memory.
@NullMarked
package dev.orrery.console.logs;

import org.jspecify.annotations.NullMarked;
