/// Start-up checks of the auth-service's secret files, with failures that say which file and what to do.
@NullMarked
package dev.orrery.auth.setup;

import org.jspecify.annotations.NullMarked;
