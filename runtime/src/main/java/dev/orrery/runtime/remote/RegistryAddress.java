package dev.orrery.runtime.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/// The base URL of a Eureka server, e.g. `http://registry.example.com:8761`, as the user may write it: with or
/// without a trailing `/eureka/`.
///
/// @param base the server's root, ending in `/`
public record RegistryAddress(URI base) {

    /// Reads what a user typed.
    ///
    /// @throws IllegalArgumentException saying what is wrong with it and what a registry URL looks like
    public static RegistryAddress parse(String text) {
        var trimmed = text.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid(trimmed, "it is not a URL (" + e.getReason() + ")");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(trimmed, "it does not start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw invalid(trimmed, "it names no host");
        }
        var path = uri.getPath() == null ? "" : uri.getPath();
        path = path.replaceAll("/+$", "");
        if (path.endsWith("/eureka")) {
            path = path.substring(0, path.length() - "/eureka".length());
        }
        return new RegistryAddress(URI.create(scheme + "://" + uri.getRawAuthority() + path + "/"));
    }

    /// The applications endpoint, `…/eureka/apps`.
    public URI applications() {
        return base.resolve("eureka/apps");
    }

    @Override
    public String toString() {
        var text = base.toString();
        return text.substring(0, text.length() - 1);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a registry URL: " + why
                + ". Give the Eureka server's address, e.g. http://registry.example.com:8761");
    }
}
