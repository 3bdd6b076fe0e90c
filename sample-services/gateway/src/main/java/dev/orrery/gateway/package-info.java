/// The gateway of an Orrery cluster: one entry point that routes to every registered service by its id.
@NullMarked
package dev.orrery.gateway;

import org.jspecify.annotations.NullMarked;
