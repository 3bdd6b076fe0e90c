/// The cluster's data folder: where the database, logs, pid files and keys live; the check that it can be written
/// before anything starts ([dev.orrery.runtime.data.DataFolderProbe]), and the one writer every file goes through
/// ([dev.orrery.runtime.data.AtomicFileWriter]: atomic replace, owner-only secrets from creation, clear errors).
@NullMarked
package dev.orrery.runtime.data;

import org.jspecify.annotations.NullMarked;
