package dev.orrery.support.security;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/// What a request needs: either nothing (open), or a valid token that grants every one of `privileges`.
///
/// @param methods the HTTP methods the rule applies to; empty means every method
/// @param pattern a Spring path pattern such as `/heroes/**` (which also matches `/heroes`)
/// @param open whether the request needs no token at all
/// @param privileges the privileges a token must grant (all of them); ignored for open rules
public record AccessRule(Set<HttpMethod> methods, PathPattern pattern, boolean open, Set<String> privileges) {

    public AccessRule {
        methods = Set.copyOf(methods);
        privileges = Set.copyOf(privileges);
    }

    /// A rule for `method` and `pattern` that needs a token granting all `privileges`.
    public static AccessRule require(HttpMethod method, String pattern, String... privileges) {
        return new AccessRule(Set.of(method), parse(pattern), false, Set.of(privileges));
    }

    /// A rule for `method` and `pattern` that needs no token.
    public static AccessRule open(HttpMethod method, String pattern) {
        return new AccessRule(Set.of(method), parse(pattern), true, Set.of());
    }

    /// Whether the rule applies to a request.
    public boolean matches(HttpMethod method, String path) {
        return (methods.isEmpty() || methods.contains(method)) && pattern.matches(PathContainer.parsePath(path));
    }

    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
