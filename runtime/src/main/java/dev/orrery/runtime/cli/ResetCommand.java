package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterAlreadyRunningException;
import dev.orrery.runtime.control.ClusterLock;
import dev.orrery.runtime.control.ClusterReset;
import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.data.DataFolder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `orrery reset`: forgets a stopped cluster's data, keeping its keys and demo users.
@Command(
        name = "reset",
        mixinStandardHelpOptions = true,
        description = {
            "Deletes the database and the logs of the (stopped) cluster in the data folder, so the next 'orrery up'"
                    + " starts with the services' seed data. Keys, demo users and their passwords stay.",
            "Refused while a cluster runs from the folder: stop it first with 'orrery down'."
        })
final class ResetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        DataFolder folder = data.dataFolder();
        RunFiles files = data.runFiles();
        try (ClusterLock lock = ClusterLock.acquire(files)) {
            ClusterReset.deleteDataAndLogs(folder);
        } catch (ClusterAlreadyRunningException e) {
            throw new CliException(
                    e.getMessage(),
                    "stop it with 'orrery down" + RunningCluster.dataArgument(files) + "' before resetting");
        }
        spec.commandLine().getOut().println("Deleted the database and logs in " + folder.root() + "; keys kept.");
        return 0;
    }
}
