package dev.orrery.support.token;

import java.time.Duration;

/// The fixed parts of an Orrery token that issuer and services must agree on (see docs/service-contract.md).
public final class TokenContract {

    /// The only signature algorithm accepted; pinned so that a token cannot choose a weaker one.
    public static final String ALGORITHM = "RS256";

    /// Value of the `iss` claim.
    public static final String ISSUER = "orrery";

    /// Value of the `aud` claim.
    public static final String AUDIENCE = "orrery-services";

    /// Name of the claim holding the list of privileges, e.g. `heroes:read`.
    public static final String PRIVILEGES_CLAIM = "privileges";

    /// Tolerated difference between the issuer's clock and ours for `exp` and `nbf`.
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private TokenContract() {}
}
