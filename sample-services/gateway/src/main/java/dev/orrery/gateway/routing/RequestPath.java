package dev.orrery.gateway.routing;

import java.util.List;
import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.function.ServerRequest;

/// The decoded segments of a request's path, as the instances behind the gateway will match them: percent-escapes
/// decoded and matrix parameters (`;name=value`) removed.
///
/// Checking these values rather than the raw path keeps `/heroes-service/%61ctuator` and
/// `/heroes-service/actuator;x=1/env` from slipping past the refusal of actuator paths.
record RequestPath(List<String> segments) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    static RequestPath of(ServerRequest request) {
        return of(request.requestPath().pathWithinApplication());
    }

    static RequestPath of(PathContainer path) {
        var segments = path.elements().stream()
                .filter(PathContainer.PathSegment.class::isInstance)
                .map(element -> ((PathContainer.PathSegment) element).valueToMatch())
                .toList();
        return new RequestPath(segments);
    }

    String firstSegment() {
        return segments.isEmpty() ? "" : segments.getFirst();
    }

    /// Whether any segment after the first equals `name`, ignoring case.
    boolean hasLaterSegment(String name) {
        return segments.stream()
                .skip(1)
                .anyMatch(segment -> segment.toLowerCase(Locale.ROOT).equals(name));
    }

    /// Whether any segment equals `name`, ignoring case.
    boolean hasSegment(String name) {
        return segments.stream()
                .anyMatch(segment -> segment.toLowerCase(Locale.ROOT).equals(name));
    }
}
