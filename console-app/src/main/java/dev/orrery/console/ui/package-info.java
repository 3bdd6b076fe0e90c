/// Building blocks every view shares: the state colours and badges, icons and the pulse that hands
/// background updates to the JavaFX thread in batches.
@NullMarked
package dev.orrery.console.ui;

import org.jspecify.annotations.NullMarked;
