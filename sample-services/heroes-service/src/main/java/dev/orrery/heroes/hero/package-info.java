/// Heroes: listing, creating and updating them, including the atomic "mark busy" that assignments rely on.
@NullMarked
package dev.orrery.heroes.hero;

import org.jspecify.annotations.NullMarked;
