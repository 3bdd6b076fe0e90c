package dev.orrery.auth;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/// Settings under `orrery.auth`.
///
/// @param usersFile    the users file (JSON, docs/service-contract.md); required
/// @param challengeTtl how long a second-factor challenge may be redeemed after the password was accepted
@ConfigurationProperties("orrery.auth")
public record AuthProperties(
        @Nullable Path usersFile, @DefaultValue("2m") Duration challengeTtl) {}
