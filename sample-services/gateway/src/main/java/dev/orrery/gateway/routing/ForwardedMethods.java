package dev.orrery.gateway.routing;

import java.util.List;
import org.springframework.http.HttpMethod;

/// The HTTP methods the gateway forwards to instances.
///
/// The proxy's HTTP client knows only the standard methods and fails on any other one (an extension method such
/// as `FETCH`) with an exception that would otherwise become a 500. TRACE is left out: it would echo the
/// client's headers, cookies and tokens included, and the instances do not implement it anyway.
final class ForwardedMethods {

    static final List<HttpMethod> ALL = List.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    private ForwardedMethods() {}

    static boolean contains(HttpMethod method) {
        return ALL.contains(method);
    }

    /// The methods as a user would read them: `GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS`.
    static String names() {
        var names = ALL.stream().map(HttpMethod::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
