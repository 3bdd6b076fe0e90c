/// Which privileges heroes-service's endpoints need when token checks are on.
@NullMarked
package dev.orrery.heroes.access;

import org.jspecify.annotations.NullMarked;
