package dev.orrery.runtime.request;

import java.io.Serial;

/// A request that got no HTTP answer at all; the message says what to check.
public final class RequestFailedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public RequestFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
