package dev.orrery.runtime.cli;

import picocli.CommandLine.Option;

/// `--verbose`: the runtime's log on standard error and stack traces with errors.
public final class VerboseOption {
    @Option(
            names = {"-v", "--verbose"},
            description = "Show the runtime's log on standard error, and stack traces with errors.")
    boolean verbose;
}
