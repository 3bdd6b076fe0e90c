package dev.orrery.runtime.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `orrery export kubernetes|compose`: carries a topology to a real orchestrator.
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the files that run a topology outside Orrery: Kubernetes manifests with a kustomization"
                    + " ('kubectl apply -k DIR'), or a Compose file for one Docker host ('docker compose up').",
            "A new token key pair and new passwords are made for every export; the local cluster's stay local."
        },
        subcommands = {KubernetesExportCommand.class, ComposeExportCommand.class, CommandLine.HelpCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
