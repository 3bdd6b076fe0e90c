package dev.orrery.runtime.database;

import java.io.Serial;

/// The cluster's database could not be read; the message names its address and what to check.
public final class DatabaseUnavailableException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
