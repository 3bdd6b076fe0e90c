package dev.orrery.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.ServerRequest;

/// How an attempt to reach an instance failed, and whether another instance may be tried.
///
/// Only idempotent methods are retried. A failure to connect is always safe to retry: the instance saw nothing.
/// A failure after connecting is retried only for a request without a body, since the body has been partly read
/// from the client and could not be sent again.
enum FailureKind {
    /// The connection could not be opened (refused, no route, connect timeout).
    CONNECT,
    /// The connection broke after it was opened (reset, read timeout, closed early).
    EXCHANGE;

    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    /// The kind of an I/O failure somewhere in `failure`'s causes; empty when it is not an I/O failure.
    static Optional<FailureKind> of(Throwable failure) {
        var kind = Optional.<FailureKind>empty();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isConnectFailure(cause)) {
                return Optional.of(CONNECT);
            }
            if (cause instanceof IOException) {
                kind = Optional.of(EXCHANGE);
            }
        }
        return kind;
    }

    /// Whether `failure` is an instance that accepted the connection but did not answer within the read timeout
    /// (paused, overloaded or made slow), rather than one that could not be reached at all.
    static boolean isReadTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException
                    || (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException))) {
                return true;
            }
        }
        return false;
    }

    boolean allowsRetryOf(ServerRequest request) {
        if (!IDEMPOTENT.contains(request.method())) {
            return false;
        }
        return this == CONNECT || !hasBody(request);
    }

    private static boolean isConnectFailure(Throwable cause) {
        // HttpClient 5 reports a connect timeout as its own ConnectTimeoutException (an InterruptedIOException);
        // matched by name so that the gateway does not depend on which HTTP client Boot picked.
        return cause instanceof ConnectException
                || cause instanceof NoRouteToHostException
                || cause instanceof HttpConnectTimeoutException
                || cause.getClass().getSimpleName().equals("ConnectTimeoutException");
    }

    private static boolean hasBody(ServerRequest request) {
        var headers = request.headers();
        return headers.contentLength().orElse(0) > 0
                || !headers.header("Transfer-Encoding").isEmpty();
    }
}
