package dev.orrery.support.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Set;

/// Reads and writes PEM key files; private keys are written readable by their owner only (`rw-------`).
public final class KeyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFiles() {}

    /// Reads the RSA public key in a PEM file (`BEGIN PUBLIC KEY`).
    ///
    /// @throws IllegalStateException naming the file if it cannot be read or holds no such key
    public static PublicKey readPublicKey(Path file) {
        try {
            return PemKeys.publicKey(read(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Public key file " + file + " is unusable: " + e.getMessage(), e);
        }
    }

    /// Reads the RSA private key in a PEM file (`BEGIN PRIVATE KEY`, PKCS#8).
    ///
    /// @throws IllegalStateException naming the file if it cannot be read or holds no such key
    public static PrivateKey readPrivateKey(Path file) {
        try {
            return PemKeys.privateKey(read(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Private key file " + file + " is unusable: " + e.getMessage(), e);
        }
    }

    /// Writes text to a file that only its owner may read and write, replacing it atomically where the file system
    /// allows; the permissions are set before any content is written.
    public static void writeOwnerOnly(Path file, String content) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temporary = createOwnerOnly(directory, file.getFileName() + ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path createOwnerOnly(Path directory, String name) throws IOException {
        Path temporary = directory.resolve(name);
        Files.deleteIfExists(temporary);
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(temporary);
        }
        try {
            return Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + temporary, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read key file " + file + ": " + e.getMessage(), e);
        }
    }
}
