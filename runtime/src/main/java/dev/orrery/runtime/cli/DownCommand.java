package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.ControlClient;
import dev.orrery.runtime.control.InstanceStatus;
import dev.orrery.runtime.control.RunFiles;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery down`: stops the cluster running from a data folder and waits until its processes are gone.
@Command(
        name = "down",
        mixinStandardHelpOptions = true,
        description = {
            "Stops the cluster running from the data folder (gracefully: services and gateway first, then the"
                    + " registry, then the database) and waits until every one of its processes has ended.",
            "Data, keys and logs stay; 'orrery reset' deletes the database and logs."
        })
final class DownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "90",
            description = "How long to wait for the processes to end. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds = 90;

    @Override
    public Integer call() {
        RunFiles files = data.runFiles();
        PrintWriter out = spec.commandLine().getOut();
        Optional<ControlClient> client = ControlClient.find(files, Duration.ofSeconds(30));
        if (client.isEmpty()) {
            out.println("No cluster is running from " + files.dataFolder() + "; nothing to stop.");
            return 0;
        }

        ClusterStatus status = client.get().status();
        List<Long> pids = new ArrayList<>(status.instances().stream()
                .map(InstanceStatus::pid)
                .filter(Objects::nonNull)
                .toList());
        pids.add(client.get().pid());
        long started = System.nanoTime();
        out.println(announcement(status));
        out.flush();
        client.get().stop();
        waitUntilGone(pids, Duration.ofSeconds(timeoutSeconds));
        out.printf("Stopped in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /// Counts the instances the status table lists; the `orrery up` process that supervises them is awaited too,
    /// but it is not one of the cluster's instances.
    static String announcement(ClusterStatus status) {
        int instances = status.instances().size();
        long running = status.instances().stream().filter(i -> i.pid() != null).count();
        return "Stopping cluster '" + status.topology() + "' (" + instances
                + (instances == 1 ? " instance" : " instances")
                + (running == instances ? "" : ", " + running + " running") + ")…";
    }

    private static void waitUntilGone(List<Long> pids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pids.stream().anyMatch(DownCommand::alive)) {
            if (System.nanoTime() > deadline) {
                List<Long> left = pids.stream().filter(DownCommand::alive).toList();
                throw new CliException(
                        "processes " + left + " are still running after " + timeout.toSeconds() + " s",
                        "look at them with 'ps -p " + left.getFirst() + "' and end them with 'kill PID'");
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
