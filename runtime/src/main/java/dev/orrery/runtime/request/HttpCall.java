package dev.orrery.runtime.request;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// A request to send: method, absolute URL, headers, an optional JSON body and an optional bearer token.
///
/// The token is kept apart from the headers so that it can be masked when the request is shown.
public record HttpCall(
        String method, URI url, Map<String, String> headers, Optional<String> body, Optional<String> token) {

    public HttpCall {
        method = method.strip().toUpperCase(Locale.ROOT);
        if (!method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("'" + method + "' is not an HTTP method; use GET, POST, PUT, DELETE…");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static HttpCall of(String method, URI url) {
        return new HttpCall(method, url, Map.of(), Optional.empty(), Optional.empty());
    }

    /// A copy with a JSON body (and its content type).
    public HttpCall withJsonBody(String json) {
        var withType = new LinkedHashMap<>(headers);
        withType.putIfAbsent("Content-Type", "application/json");
        return new HttpCall(method, url, withType, Optional.of(json), token);
    }

    public HttpCall withToken(String bearerToken) {
        return new HttpCall(method, url, headers, body, Optional.of(bearerToken));
    }

    public HttpCall withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpCall(method, url, more, body, token);
    }
}
