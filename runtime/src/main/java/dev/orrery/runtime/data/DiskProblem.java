package dev.orrery.runtime.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/// Why a folder or file could not be written, in the user's terms, with what to do about it.
public enum DiskProblem {
    /// No space left (or the user's quota is used up), or less free space than the runtime needs.
    FULL(
            "its disk is full",
            "free space on that disk, or choose a folder on another disk",
            "free space on that disk, or choose a data folder on another disk with --data DIR"),
    /// A part of the path is a regular file where a folder is needed.
    NOT_A_FOLDER(
            "a part of its path is a file, not a folder",
            "move that file away, or choose another folder",
            "move that file away, or choose another data folder with --data DIR"),
    /// Read-only or virtual file system, no permission, or the folder cannot be created for another reason.
    NOT_WRITABLE(
            "it cannot be created or written",
            "choose a folder you can write, or fix its permissions",
            "choose a data folder you can write with --data DIR, or fix its permissions");

    private final String description;
    private final String remedy;
    private final String dataFolderRemedy;

    DiskProblem(String description, String remedy, String dataFolderRemedy) {
        this.description = description;
        this.remedy = remedy;
        this.dataFolderRemedy = dataFolderRemedy;
    }

    /// What is wrong, e.g. "its disk is full".
    public String description() {
        return description;
    }

    /// What the user can do about it.
    public String remedy() {
        return remedy;
    }

    /// What the user can do about it when the folder is a cluster's data folder (the CLI and the console take
    /// `--data DIR`).
    public String dataFolderRemedy() {
        return dataFolderRemedy;
    }

    /// The problem an I/O failure of a write stands for.
    public static DiskProblem of(IOException failure) {
        var reason = reason(failure).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("quota")) {
            return FULL;
        }
        if (failure instanceof NotDirectoryException
                || failure instanceof FileAlreadyExistsException
                || reason.contains("not a directory")) {
            return NOT_A_FOLDER;
        }
        return NOT_WRITABLE;
    }

    /// The operating system's reason without the path (which the caller names itself), e.g. "Read-only file system".
    public static String reason(IOException failure) {
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (failure instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "access denied";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        if (failure instanceof FileSystemException) {
            return failure.getClass().getSimpleName();
        }
        return String.valueOf(failure.getMessage());
    }
}
