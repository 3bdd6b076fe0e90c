package dev.orrery.support.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/// The cluster's control secret, read once from the owner-only file the runtime wrote. Without one, every control
/// request is refused.
public final class ControlSecret {

    /// The request header that carries the secret.
    public static final String HEADER = "X-Orrery-Control-Secret";

    private final Optional<byte[]> secret;

    private ControlSecret(Optional<byte[]> secret) {
        this.secret = secret;
    }

    /// No secret: control requests are always refused.
    public static ControlSecret none() {
        return new ControlSecret(Optional.empty());
    }

    public static ControlSecret of(String secret) {
        if (secret.isBlank()) {
            return none();
        }
        return new ControlSecret(Optional.of(secret.strip().getBytes(StandardCharsets.UTF_8)));
    }

    /// Reads the file named by `orrery.control.secret-file`; start-up fails with the path when it cannot be read.
    public static ControlSecret readFrom(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the control secret file " + file + " (orrery.control" + ".secret-file): "
                            + e.getMessage() + " — start the service from Orrery or unset the property",
                    e);
        }
    }

    public boolean configured() {
        return secret.isPresent();
    }

    /// Whether the presented value is the secret; compared in constant time.
    public boolean matches(Optional<String> presented) {
        if (secret.isEmpty() || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(secret.get(), presented.get().strip().getBytes(StandardCharsets.UTF_8));
    }
}
