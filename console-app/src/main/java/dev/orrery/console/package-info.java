/// The Orrery desktop console: a JavaFX window over the runtime that starts, shows and controls a cluster.
@NullMarked
package dev.orrery.console;

import org.jspecify.annotations.NullMarked;
