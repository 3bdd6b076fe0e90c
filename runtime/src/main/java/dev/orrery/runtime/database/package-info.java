/// The cluster's embedded MongoDB: which engine runs it (a real `mongod`, a flapdoodle-cached one, or the pure-Java
/// wire-compatible server), the command the supervisor launches for it, and a read-only browser of what it holds.
@NullMarked
package dev.orrery.runtime.database;

import org.jspecify.annotations.NullMarked;
