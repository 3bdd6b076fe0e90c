package dev.orrery.runtime.database;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/// The command line of [JavaMongoServerMain].
public record JavaServerArguments(int port, Path file, Optional<Long> parentPid) {
    private static final String USAGE = "usage: --port N --file PATH [--parent-pid PID]";

    public static JavaServerArguments parse(String[] args) {
        @Nullable Integer port = null;
        @Nullable Path file = null;
        @Nullable Long parent = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("'" + args[i] + "' needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--port" -> port = number(value, "--port").intValue();
                case "--file" -> file = Path.of(value);
                case "--parent-pid" -> parent = number(value, "--parent-pid");
                default -> throw new IllegalArgumentException("unknown option '" + args[i - 1] + "'; " + USAGE);
            }
        }
        if (port == null || file == null) {
            throw new IllegalArgumentException("--port and --file are required; " + USAGE);
        }
        return new JavaServerArguments(port, file, Optional.ofNullable(parent));
    }

    private static Long number(String value, String option) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'", e);
        }
    }
}
