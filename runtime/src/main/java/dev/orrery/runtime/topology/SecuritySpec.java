package dev.orrery.runtime.topology;

import java.time.Duration;
import java.util.List;

/// Token security of a topology: when enabled, services refuse calls without a valid token.
///
/// @param tokenTtl how long an issued token stays valid
/// @param users the demo users the auth-service knows
public record SecuritySpec(boolean enabled, Duration tokenTtl, List<DemoUser> users) {

    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(10);

    /// The longest token lifetime a topology may ask for.
    public static final Duration MAX_TOKEN_TTL = Duration.ofDays(365);

    public SecuritySpec {
        users = List.copyOf(users);
    }
}
