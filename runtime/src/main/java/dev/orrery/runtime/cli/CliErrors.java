package dev.orrery.runtime.cli;

import dev.orrery.runtime.data.DiskTroubleException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/// Turns every failure into one line saying what went wrong and a hint, with a stack trace only in verbose mode.
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int USAGE = 2;

    private final boolean verbose;

    CliErrors(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        var unknownCommand = unknownCommand(e, command);
        if (unknownCommand.isPresent()) {
            err.println(name(command) + ": unknown command '" + unknownCommand.get() + "'");
            err.println(
                    "Commands: " + String.join(", ", command.getSubcommands().keySet()) + ".");
            err.println("Try '" + name(command) + " help COMMAND' for what one does.");
            return USAGE;
        }
        err.println(name(command) + ": " + e.getMessage());
        err.println("Try '" + name(command) + " --help' for the options and examples.");
        return USAGE;
    }

    /// The word a user typed where a command with subcommands expected one of them (picocli reports it as an
    /// unmatched argument at some index, which says nothing to a user).
    private static Optional<String> unknownCommand(ParameterException e, CommandLine command) {
        if (!(e instanceof UnmatchedArgumentException unmatched)
                || command.getSubcommands().isEmpty()) {
            return Optional.empty();
        }
        return unmatched.getUnmatched().stream().findFirst().filter(word -> !word.startsWith("-"));
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof CliException cli) {
            err.println(name(command) + ": " + cli.getMessage());
            if (!cli.hint().isEmpty()) {
                err.println("hint: " + cli.hint());
            }
        } else if (e instanceof DiskTroubleException disk) {
            // Says the path, the problem and what to do already.
            err.println(name(command) + ": " + disk.getMessage());
        } else {
            err.println(name(command) + ": " + describe(e));
            err.println("hint: run again with --verbose for details");
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CliException cli ? cli.exitCode() : 1;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }
}
