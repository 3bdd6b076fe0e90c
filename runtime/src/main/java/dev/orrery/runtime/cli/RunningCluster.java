package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ControlClient;
import dev.orrery.runtime.control.RunFiles;
import java.time.Duration;

/// Finds the cluster running from a data folder for the commands that talk to it.
final class RunningCluster {
    private RunningCluster() {}

    static ControlClient require(RunFiles files) {
        return ControlClient.find(files, Duration.ofSeconds(30))
                .orElseThrow(() -> new CliException(
                        "no cluster is running from " + files.dataFolder(),
                        "start one with 'orrery up" + dataArgument(files) + "'"));
    }

    static String dataArgument(RunFiles files) {
        return " --data " + files.dataFolder();
    }
}
