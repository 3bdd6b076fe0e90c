/// The window around the views: header with the cluster controls, side bar, status bar, preferences, theme,
/// keyboard shortcuts and the About dialog.
@NullMarked
package dev.orrery.console.shell;

import org.jspecify.annotations.NullMarked;
