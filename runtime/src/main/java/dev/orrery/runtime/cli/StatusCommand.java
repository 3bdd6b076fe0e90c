package dev.orrery.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.RunFiles;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery status`: what runs in the cluster of a data folder.
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the cluster running from the data folder: every process (database, registry, gateway, service"
                    + " instances) with state, port and PID, and the gateway's routes.",
            "Exit code 1 when no cluster runs there. With --json, prints one JSON object for scripts:"
                    + " {\"ready\": true, \"instances\": [{\"component\", \"id\", \"state\", \"port\", \"pid\","
                    + " \"exitCode\"}, …], \"routes\": […], …}",
            "'ready' becomes true once every route answers through the gateway.",
            "With --registry URL, shows any Eureka registry instead, read-only: its applications and instances"
                    + " (a cluster Orrery did not start; nothing there is changed)."
        })
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(
            names = "--registry",
            paramLabel = "URL",
            description = "A Eureka registry to read instead of the local cluster, e.g. http://registry:8761.")
    @Nullable
    String registry;

    @Override
    public Integer call() throws IOException {
        if (registry != null) {
            return RemoteRegistryStatus.print(registry, json, spec.commandLine().getOut());
        }
        RunFiles files = data.runFiles();
        ClusterStatus status = RunningCluster.require(files).status();

        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(status));
        } else {
            spec.commandLine().getOut().print(StatusTable.render(status));
        }
        return 0;
    }
}
