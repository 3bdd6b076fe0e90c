package dev.orrery.runtime.fault;

import dev.orrery.runtime.data.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/// The cluster's control secret: a random value in an owner-only file of the data folder's `keys/`, which every
/// service reads at start-up (`orrery.control.secret-file`) and the runtime presents to an instance's control
/// endpoint. Made once per data folder and kept, so that instances still running from an earlier start of the
/// same cluster keep accepting it.
///
/// @param file where the secret lives
/// @param secret the value; never logged
public record ControlSecretFile(Path file, String secret) {

    static final String FILE_NAME = "control-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "ControlSecretFile[" + file + "]";
    }

    /// Where the secret of this data folder lives; creates nothing.
    public static Path location(DataFolder data) {
        return data.root().resolve("keys").resolve(FILE_NAME);
    }

    /// Reads the secret of this data folder, creating it first when there is none.
    public static ControlSecretFile ensure(DataFolder data) {
        var file = data.keys().resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                var existing = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (existing.length() >= 32) {
                    return new ControlSecretFile(file, existing);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the control secret " + file + ": " + e.getMessage()
                            + " — delete the file and start the cluster again",
                    e);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = HexFormat.of().formatHex(bytes);
        DataFolder.writeSecret(file, secret);
        return new ControlSecretFile(file, secret);
    }
}
