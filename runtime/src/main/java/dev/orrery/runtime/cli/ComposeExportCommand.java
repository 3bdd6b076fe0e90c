package dev.orrery.runtime.cli;

import dev.orrery.runtime.export.ComposeExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery export compose`: a Compose file for one Docker host.
@Command(
        name = "compose",
        mixinStandardHelpOptions = true,
        description = {
            "Writes DIR/compose.yaml with the topology's services (replicas = instances), health checks, depends_on"
                    + " with condition service_healthy, a volume for MongoDB, and the token keys as secrets.",
            "Start with 'docker compose up -d' in DIR."
        })
final class ComposeExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExportSettings settings;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write. Default: ${DEFAULT-VALUE}.",
            defaultValue = "orrery-compose")
    Path out = Path.of("orrery-compose");

    @Override
    public Integer call() {
        ComposeExport export;
        try {
            export = new ComposeExport(settings.options());
        } catch (IllegalArgumentException e) {
            throw new CliException(String.valueOf(e.getMessage()), "fix the option named above");
        }
        ExportSettings.writeAndReport(
                export.export(settings.topology()), out, spec.commandLine().getOut());
        return 0;
    }
}
