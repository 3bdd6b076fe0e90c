/// The `orrery` command line: `up`, `status`, `token`, `call`, `down` and `reset`, built with picocli on the same
/// runtime the console uses.
@NullMarked
package dev.orrery.runtime.cli;

import org.jspecify.annotations.NullMarked;
