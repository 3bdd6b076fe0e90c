/// Build-time training run: a service started with `orrery.aot.training.paths` serves a few requests to itself and
/// exits, so that the JDK's ahead-of-time cache made from that run holds what serving needs, not only what starting
/// needs.
@NullMarked
package dev.orrery.support.training;

import org.jspecify.annotations.NullMarked;
