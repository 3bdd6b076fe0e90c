package dev.orrery.runtime.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.data.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// Where the control API listens and the secret it wants, as stored in `run/control.json` (owner-only).
public record ControlEndpoint(int port, String secret, long pid) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public void writeTo(Path file) {
        try {
            DataFolder.writeSecret(file, JSON.writeValueAsString(this));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the control endpoint as JSON", e);
        }
    }

    public static Optional<ControlEndpoint> readFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ControlEndpoint.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ControlEndpoint[port=" + port + ", pid=" + pid + "]";
    }
}
