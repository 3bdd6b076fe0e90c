package dev.orrery.runtime.control;

import java.io.Serial;

/// A control API call that failed; the message is meant for the user.
public final class ControlException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    public ControlException(String message, int status) {
        super(message);
        this.status = status;
    }

    public ControlException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /// The HTTP status, or 0 when no answer came.
    public int status() {
        return status;
    }
}
