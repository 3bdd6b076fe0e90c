package dev.orrery.auth.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A file holding secrets (the private key, the users file), checked before it is read.
///
/// It must exist, be a regular file and belong to the user running the service; a file that others may write is
/// refused (anyone who can replace it can log in as anyone), and one that others may read is accepted with a
/// warning. On file systems without POSIX permissions only existence is checked.
public final class SecretFile {

    private static final Logger LOG = LoggerFactory.getLogger(SecretFile.class);

    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private SecretFile() {}

    /// The checked path of the file named by `property`.
    ///
    /// @throws AuthSetupException when the property is unset, or the file is missing or unsafe
    public static Path checked(String property, @Nullable Path file, String whatItHolds) {
        if (file == null) {
            throw new AuthSetupException(
                    property + " is not set, so the auth-service has no " + whatItHolds + ".",
                    "Start it with --" + property + "=<path to the " + whatItHolds + ">. Orrery's runtime creates"
                            + " one per cluster and passes it; by hand, see docs/service-contract.md for the format.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new AuthSetupException(
                    "The " + whatItHolds + " " + file.toAbsolutePath() + " (" + property + ") does not exist or"
                            + " cannot be read.",
                    "Create it, or point " + property + " at the right file; it must be readable by this user only"
                            + " (chmod 600).");
        }

        posix(file).ifPresent(view -> checkPermissions(property, file, whatItHolds, view));
        return file;
    }

    private static Optional<PosixFileAttributeView> posix(Path file) {
        return Optional.ofNullable(
                Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS));
    }

    private static void checkPermissions(String property, Path file, String whatItHolds, PosixFileAttributeView view) {
        try {
            var attributes = view.readAttributes();
            var owner = attributes.owner().getName();
            var user = System.getProperty("user.name");
            if (!owner.equals(user)) {
                throw unsafe(property, file, whatItHolds, "belongs to " + owner + ", not to " + user);
            }
            var permissions = attributes.permissions();
            if (permissions.stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
                throw unsafe(property, file, whatItHolds, "may be changed by other users");
            }
            if (permissions.stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                LOG.warn(
                        "The {} {} ({}) may be read by other users: run chmod 600 on it",
                        whatItHolds,
                        file.toAbsolutePath(),
                        property);
            }
        } catch (IOException e) {
            throw new AuthSetupException(
                    "Cannot read the permissions of the " + whatItHolds + " " + file.toAbsolutePath() + ": "
                            + e.getMessage(),
                    "Check that the file and its folder are accessible to this user.",
                    e);
        }
    }

    private static AuthSetupException unsafe(String property, Path file, String whatItHolds, String why) {
        return new AuthSetupException(
                "The " + whatItHolds + " " + file.toAbsolutePath() + " (" + property + ") " + why + ".",
                "Make it owner-only: chown it to the user running the auth-service and chmod 600 it.");
    }
}
