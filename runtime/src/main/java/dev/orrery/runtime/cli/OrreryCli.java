package dev.orrery.runtime.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `orrery`: starts, inspects and stops a local microservice cluster from the command line.
@Command(
        name = "orrery",
        mixinStandardHelpOptions = true,
        version = "Orrery 0.1.0",
        description = {
            "Runs a real microservice cluster on this machine for learning: a Eureka registry, a gateway, sample"
                    + " services, a MongoDB and a token issuer.",
            "",
            "Start one with 'orrery up', look at it with 'orrery status', get a token with 'orrery token', call it"
                    + " with 'orrery call GET /heroes', and stop it with 'orrery down' (or Ctrl+C)."
        },
        subcommands = {
            UpCommand.class,
            StatusCommand.class,
            TokenCommand.class,
            CallCommand.class,
            DownCommand.class,
            FaultCommand.class,
            ResetCommand.class,
            ExportCommand.class,
            dev.orrery.runtime.bench.BenchCommand.class,
            dev.orrery.runtime.bench.SoakCommand.class,
            CommandLine.HelpCommand.class
        })
public final class OrreryCli implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /// Runs one command and returns its exit code: 0 success, 1 failure, 2 wrong usage.
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose =
                Arrays.stream(args).anyMatch(a -> List.of("-v", "--verbose").contains(a));
        CliLogging.configure(verbose);
        CommandLine commandLine = new CommandLine(new OrreryCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new CliErrors(verbose));
        commandLine.setExecutionExceptionHandler(new CliErrors(verbose));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
