/// The cluster's embedded MongoDB: which engine runs it (a real `mongod`, a flapdoodle-cached one, or the pure-Java
/// wire-compatible server) and the command the supervisor launches for it.
@NullMarked
package dev.orrery.runtime.database;

import org.jspecify.annotations.NullMarked;
