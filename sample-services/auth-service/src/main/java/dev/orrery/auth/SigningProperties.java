package dev.orrery.auth;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/// The token settings under `orrery.security` that only the auth-service reads.
///
/// @param privateKeyFile the cluster's RSA private key (PKCS#8 PEM); required
/// @param tokenTtl       lifetime of an issued token
@ConfigurationProperties("orrery.security")
public record SigningProperties(
        @Nullable Path privateKeyFile, @DefaultValue("10m") Duration tokenTtl) {}
