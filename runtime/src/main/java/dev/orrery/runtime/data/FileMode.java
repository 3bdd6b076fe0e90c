package dev.orrery.runtime.data;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/// Who may read a written file, on file systems with POSIX permissions (elsewhere the per-user location of the data
/// folder is the protection).
public enum FileMode {
    /// Readable by everyone, writable by the owner (`rw-r--r--`): manifests, topologies, public keys, pid files.
    SHARED("rw-r--r--"),
    /// Owner only (`rw-------`): keys, secrets, users files, the control endpoint.
    OWNER_ONLY("rw-------"),
    /// A program only its owner may run or change (`rwx------`).
    OWNER_PROGRAM("rwx------");

    private final String permissions;

    FileMode(String permissions) {
        this.permissions = permissions;
    }

    public Set<PosixFilePermission> permissions() {
        return PosixFilePermissions.fromString(permissions);
    }
}
