/// The cluster's data folder: where the database, logs, pid files and keys live, with owner-only files for secrets
/// and atomic writes. Start with [dev.orrery.runtime.data.DataFolder].
@NullMarked
package dev.orrery.runtime.data;

import org.jspecify.annotations.NullMarked;
