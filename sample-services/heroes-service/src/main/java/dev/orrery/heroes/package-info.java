/// heroes-service: the heroes of the story and their powers, in memory or in the cluster's shared MongoDB.
@NullMarked
package dev.orrery.heroes;

import org.jspecify.annotations.NullMarked;
