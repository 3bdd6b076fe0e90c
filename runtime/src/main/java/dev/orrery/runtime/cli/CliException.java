package dev.orrery.runtime.cli;

import java.io.Serial;

/// An error the CLI reports as one line plus a hint, with its own exit code and no stack trace.
public final class CliException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String hint;
    private final int exitCode;

    public CliException(String message, String hint, int exitCode) {
        super(message);
        this.hint = hint;
        this.exitCode = exitCode;
    }

    public CliException(String message, String hint) {
        this(message, hint, 1);
    }

    public String hint() {
        return hint;
    }

    public int exitCode() {
        return exitCode;
    }
}
