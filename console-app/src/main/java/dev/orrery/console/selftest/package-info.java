/// The console's self-test: starts the default cluster in the real window, visits every view and writes one
/// screenshot per view, for the installer's smoke test and the README.
@NullMarked
package dev.orrery.console.selftest;

import org.jspecify.annotations.NullMarked;
