package dev.orrery.runtime.remote;

import java.io.Serial;

/// A registry could not be attached to: unreachable, or not a Eureka server. The message says which and where; the
/// hint says what to try.
public final class RemoteRegistryException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String hint;

    public RemoteRegistryException(Kind kind, String message, String hint, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.hint = hint;
    }

    public RemoteRegistryException(Kind kind, String message, String hint) {
        super(message);
        this.kind = kind;
        this.hint = hint;
    }

    public Kind kind() {
        return kind;
    }

    public String hint() {
        return hint;
    }

    /// Why the attach failed.
    public enum Kind {
        /// Nothing answered at the address (refused, unknown host, timed out).
        UNREACHABLE,
        /// Something answered, but not as a Eureka server does.
        NOT_EUREKA
    }
}
