/// The Data view: the MongoDB databases, collections and documents the services use, refreshed live; with
/// in-memory storage, each instance's own answer instead.
@NullMarked
package dev.orrery.console.data;

import org.jspecify.annotations.NullMarked;
