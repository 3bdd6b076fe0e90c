/// The Eureka registry of an Orrery cluster, tuned so that instances appear and disappear within seconds.
@NullMarked
package dev.orrery.registry;

import org.jspecify.annotations.NullMarked;
