package dev.orrery.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/// Creates the temporary file that [AtomicFileWriter] fills before moving it into place; tests swap it for one
/// that fails the way a full disk does.
@FunctionalInterface
interface TempFileMaker {

    /// The real one: a new file of a unique name beside the target, with the mode's permissions from its creation on.
    TempFileMaker SYSTEM = (folder, name, mode) -> {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, "." + name + ".", ".tmp");
        }
        FileAttribute<?> permissions = PosixFilePermissions.asFileAttribute(mode.permissions());
        var temp = Files.createTempFile(folder, "." + name + ".", ".tmp", permissions);
        // The creation mask may have narrowed SHARED; the file is still empty, so nothing was readable meanwhile.
        Files.setPosixFilePermissions(temp, mode.permissions());
        return temp;
    };

    /// Creates an empty file in `folder` for content that will replace `name`.
    Path create(Path folder, String name, FileMode mode) throws IOException;
}
