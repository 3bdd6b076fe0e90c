package dev.orrery.runtime.data;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/// The folder that holds one cluster's state across runs.
///
/// Layout: `db/` (database files), `logs/` (one rotating log per instance), `run/` (pid files of running
/// children), `keys/` (token key pair and users file, owner-only). Everyone uses these accessors rather than
/// spelling the folder names, so the layout is defined once.
public record DataFolder(Path root) {
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /// The per-user default: `$XDG_DATA_HOME/orrery` or `~/.local/share/orrery` on Linux,
    /// `~/Library/Application Support/Orrery` on macOS, `%LOCALAPPDATA%\Orrery` on Windows.
    public static DataFolder defaultLocation() {
        return new DataFolder(defaultRoot(System.getProperty("os.name", ""), System.getenv(), userHome()));
    }

    static Path defaultRoot(String osName, Map<String, String> env, Path home) {
        var os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Orrery");
        }
        if (os.startsWith("windows")) {
            var local = env.get("LOCALAPPDATA");
            return local == null || local.isBlank()
                    ? home.resolve("AppData/Local/Orrery")
                    : Path.of(local).resolve("Orrery");
        }
        var xdg = env.get("XDG_DATA_HOME");
        return xdg == null || xdg.isBlank()
                ? home.resolve(".local/share/orrery")
                : Path.of(xdg).resolve("orrery");
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home", "."));
    }

    /// Database files.
    public Path db() {
        return ensure(root.resolve("db"), false);
    }

    /// One rotating log file per instance.
    public Path logs() {
        return ensure(root.resolve("logs"), false);
    }

    /// Pid files of running children, used to clean up after a crashed run.
    public Path run() {
        return ensure(root.resolve("run"), false);
    }

    /// Key pair and users file; the folder is owner-only.
    public Path keys() {
        return ensure(root.resolve("keys"), true);
    }

    /// A sub-folder for a part of the product that has no accessor here; created on first use.
    public Path folder(String name) {
        return ensure(root.resolve(name), false);
    }

    /// Writes text atomically: a reader sees the old content or the new, never a half-written file.
    ///
    /// @throws DiskTroubleException when the file cannot be written; the old content is then kept
    public static void writeAtomically(Path file, String content) {
        AtomicFileWriter.write(file, content, FileMode.SHARED);
    }

    /// Writes a secret atomically into a file only its owner can read and write (rw-------) from its creation on.
    ///
    /// @throws DiskTroubleException when the file cannot be written; the old content is then kept
    public static void writeSecret(Path file, String content) {
        AtomicFileWriter.write(file, content, FileMode.OWNER_ONLY);
    }

    /// Proves, before anything starts, that this folder can be written and has room; see [DataFolderProbe].
    ///
    /// @throws DiskTroubleException naming the folder, what is wrong and what to do
    public void verifyWritable() {
        DataFolderProbe.fromEnvironment().verify(root);
    }

    /// Creates a folder (and missing parents) that only its owner can enter (rwx------) from its creation on; an
    /// existing folder is narrowed to that.
    ///
    /// @throws DiskTroubleException when it cannot be created
    public static Path ensurePrivate(Path folder) {
        return ensure(folder.toAbsolutePath(), true);
    }

    /// Makes a file (rw-------) or folder (rwx------) accessible to its owner only, where the file system has POSIX
    /// permissions; elsewhere the per-user location of the data folder is the protection.
    public static void restrictToOwner(Path path, boolean folder) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = folder ? "rwx------" : "rw-------";
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    private static Path ensure(Path folder, boolean secret) {
        try {
            if (!Files.isDirectory(folder)) {
                createFolder(folder, secret);
            }
            if (secret) {
                restrictToOwner(folder, true);
            }
            return folder;
        } catch (IOException e) {
            throw DiskTroubleException.writing(folder, e);
        }
    }

    /// Creates the folder (and missing parents); a secret folder is owner-only from its creation on.
    private static void createFolder(Path folder, boolean secret) throws IOException {
        var parent = folder.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        var posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (secret && posix) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            // Another thread made it first; only a file of that name is a problem.
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /// Names of the sub-folders this class manages.
    public static Set<String> layout() {
        return Set.of("db", "logs", "run", "keys");
    }
}
