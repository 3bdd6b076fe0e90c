/// The Chaos menu: kill, pause, resume, slow down, make flaky or heal one process of the running cluster, to watch
/// the rest of it cope.
@NullMarked
package dev.orrery.console.chaos;

import org.jspecify.annotations.NullMarked;
