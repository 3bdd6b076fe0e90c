package dev.orrery.support.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;

/// The privileges a service requires per method and path, as an ordered list of [AccessRule]s (first match wins).
///
/// A service declares one as a bean; several beans are combined in bean order. Requests that match no rule need a
/// valid token but no particular privilege. Health and info of the actuator, and `GET /img/**`, are always open.
///
/// ```java
/// @Bean
/// RequiredPrivileges heroesPrivileges() {
///     return RequiredPrivileges.builder()
///             .require(HttpMethod.GET, "/heroes/**", "heroes:read")
///             .require(HttpMethod.POST, "/heroes", "heroes:write")
///             .build();
/// }
/// ```
public record RequiredPrivileges(List<AccessRule> rules) {

    /// Paths every service leaves open: readiness checks and pictures.
    public static final RequiredPrivileges ALWAYS_OPEN = builder()
            .open(HttpMethod.GET, "/actuator/health/**")
            .open(HttpMethod.GET, "/actuator/info")
            .open(HttpMethod.GET, "/img/**")
            .open(HttpMethod.HEAD, "/img/**")
            .build();

    public RequiredPrivileges {
        rules = List.copyOf(rules);
    }

    /// Starts an empty list of rules.
    public static Builder builder() {
        return new Builder();
    }

    /// The first rule that applies to the request, if any.
    public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /// These rules followed by `other`'s.
    public RequiredPrivileges followedBy(RequiredPrivileges other) {
        List<AccessRule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new RequiredPrivileges(all);
    }

    /// Collects rules in order.
    public static final class Builder {

        private final List<AccessRule> rules = new ArrayList<>();

        private Builder() {}

        /// Requests of `method` on `pattern` need a token granting all `privileges`.
        public Builder require(HttpMethod method, String pattern, String... privileges) {
            rules.add(AccessRule.require(method, pattern, privileges));
            return this;
        }

        /// Requests of `method` on `pattern` need no token.
        public Builder open(HttpMethod method, String pattern) {
            rules.add(AccessRule.open(method, pattern));
            return this;
        }

        public RequiredPrivileges build() {
            return new RequiredPrivileges(rules);
        }
    }
}
