package dev.orrery.support.security;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/// The `orrery.security.*` properties a service reads (see docs/service-contract.md).
///
/// @param enabled whether requests need a valid token
/// @param publicKeyFile PEM file of the RSA public key that verifies tokens
@ConfigurationProperties("orrery.security")
public record SecurityProperties(boolean enabled, @Nullable Path publicKeyFile) {

    /// The public key file, if configured.
    public Optional<Path> publicKey() {
        return Optional.ofNullable(publicKeyFile);
    }
}
