package dev.orrery.runtime.token;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// A privilege a token grants; services check it per endpoint.
public enum Privilege {
    HEROES_READ("heroes:read"),
    HEROES_WRITE("heroes:write"),
    THREATS_READ("threats:read"),
    THREATS_WRITE("threats:write");

    private final String claim;

    Privilege(String claim) {
        this.claim = claim;
    }

    /// The value as written in the `privileges` claim, e.g. `heroes:read`.
    public String claim() {
        return claim;
    }

    public static Optional<Privilege> fromClaim(String value) {
        return Arrays.stream(values()).filter(p -> p.claim.equals(value)).findFirst();
    }

    public static List<Privilege> all() {
        return List.of(values());
    }
}
