/// Powers a hero can have (`GET /powers`), read-only and seeded.
@NullMarked
package dev.orrery.heroes.power;

import org.jspecify.annotations.NullMarked;
