package dev.orrery.runtime.cli;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ClusterStartException;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.control.ClusterAlreadyRunningException;
import dev.orrery.runtime.control.ClusterControl;
import dev.orrery.runtime.control.ClusterLock;
import dev.orrery.runtime.control.ControlServer;
import dev.orrery.runtime.control.RouteReadiness;
import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.data.DiskTroubleException;
import dev.orrery.runtime.database.EmbeddedDatabaseLauncher;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.token.DemoAccountStore;
import dev.orrery.runtime.token.TokenSecurityProvisioner;
import dev.orrery.runtime.topology.PortRule;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyPresets;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery up`: starts a cluster and supervises it in the foreground until Ctrl+C or `orrery down`.
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a cluster from a topology and supervises it in the foreground: one line per component as it"
                    + " starts, then a table of instances, ports, PIDs, routes and demo users once every route answers"
                    + " through the gateway (or after 120 s, saying which routes do not). Ctrl+C, SIGTERM or"
                    + " 'orrery down' from another terminal stops everything; then it exits with 0.",
            "",
            "  orrery up                         the default lesson preset (4-tokens)",
            "  orrery up --topology 2            lesson 2: registry + gateway, in-memory storage",
            "  orrery up --topology my.yaml --gateway-port 9080",
            "",
            "An instance that keeps crashing while it starts is restarted by its restart policy and, when it gives up,"
                    + " shown CRASHED with its exit code and last lines; the rest of the cluster comes up without it.",
            "",
            "One cluster runs per data folder; use another --data folder for a second one."
        })
final class UpCommand implements Callable<Integer> {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--topology",
            paramLabel = "FILE|PRESET",
            defaultValue = TopologyPresets.DEFAULT,
            description = "A topology YAML file or a lesson preset: 1-two-services, 2-registry-gateway,"
                    + " 3-shared-database, 4-tokens (or just 1..4). Default: ${DEFAULT-VALUE}.")
    String topologyName = TopologyPresets.DEFAULT;

    @Option(names = "--registry-port", paramLabel = "N", description = "Run the registry on this port.")
    @Nullable
    Integer registryPort;

    @Option(names = "--gateway-port", paramLabel = "N", description = "Run the gateway on this port.")
    @Nullable
    Integer gatewayPort;

    @Option(
            names = "--database-port",
            paramLabel = "N",
            description = "Run the database on this port (e.g. when a MongoDB of your own uses 27017).")
    @Nullable
    Integer databasePort;

    @Override
    public Integer call() throws Exception {
        Topology topology = TopologySource.load(topologyName);
        StartOptions options = startOptions();
        DataFolder folder = data.dataFolder();
        RunFiles files = data.runFiles();
        try (ClusterLock lock = acquire(files)) {
            return run(topology, options, folder, files);
        }
    }

    private int run(Topology topology, StartOptions options, DataFolder folder, RunFiles files) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StopSignal stop = new StopSignal();
        stop.installSignalHandlers();
        var readiness = new RouteReadiness(RequestSender.local(Duration.ofSeconds(5)));
        try (Cluster cluster = Cluster.create(config(folder))) {
            cluster.subscribe(new ProgressPrinter(out));
            var control = new ClusterControl(cluster, topology, options, folder, readiness, stop::request);
            try (ControlServer server = ControlServer.start(files, control)) {
                out.println("Starting '" + topology.name() + "' from " + topology.source() + " (data " + folder.root()
                        + ")");
                out.flush();
                ClusterSnapshot snapshot = startOrStop(cluster.start(topology, options), stop);
                if (snapshot != null) {
                    boolean ready = readiness.await(snapshot, READY_TIMEOUT, stop::isRequested);
                    if (!stop.isRequested()) {
                        var accounts = new DemoAccountStore(folder.keys()).stored();
                        out.print(UpReport.render(control.status(), accounts, ready, READY_TIMEOUT, data.asArgument()));
                        out.flush();
                    }
                }
                stop.await();
                out.println("Stopping…");
                out.flush();
                cluster.stop().get();
            }
        }
        out.println("Stopped.");
        return 0;
    }

    private static @Nullable ClusterSnapshot startOrStop(CompletableFuture<ClusterSnapshot> start, StopSignal stop)
            throws InterruptedException {
        while (!start.isDone()) {
            if (stop.await(Duration.ofMillis(200))) {
                return null;
            }
        }
        try {
            return start.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof DiskTroubleException disk) {
                throw disk;
            }
            boolean ports = cause instanceof ClusterStartException failed
                    && !failed.portConflicts().isEmpty();
            throw new CliException(
                    String.valueOf(cause.getMessage()),
                    ports
                            ? "use the suggested port options, or stop the programs holding the ports"
                            : "see the lines above and the logs in the data folder's logs/ (or run with --verbose)");
        }
    }

    private StartOptions startOptions() {
        StartOptions options = StartOptions.defaults();
        if (registryPort != null) {
            options = options.withRegistryPort(checkedPort(registryPort, "--registry-port"));
        }
        if (gatewayPort != null) {
            options = options.withGatewayPort(checkedPort(gatewayPort, "--gateway-port"));
        }
        if (databasePort != null) {
            options = options.withDatabasePort(checkedPort(databasePort, "--database-port"));
        }
        return options;
    }

    private static int checkedPort(int port, String option) {
        // The same rule, and the same words, as a port in a topology file.
        PortRule.problem(port).ifPresent(problem -> {
            throw new CliException(option + ": " + problem, PortRule.HINT, CliErrors.USAGE);
        });
        return port;
    }

    private static ClusterLock acquire(RunFiles files) {
        try {
            return ClusterLock.acquire(files);
        } catch (ClusterAlreadyRunningException e) {
            throw new CliException(String.valueOf(e.getMessage()), "or start another cluster with --data OTHER_FOLDER");
        }
    }

    private static ClusterConfig config(DataFolder folder) {
        ServiceDistribution distribution;
        try {
            distribution = ServiceDistribution.locate();
        } catch (IllegalStateException e) {
            throw new CliException(String.valueOf(e.getMessage()), "");
        }
        return ClusterConfig.of(folder, distribution)
                .withDatabaseLauncher(EmbeddedDatabaseLauncher.fromSystem())
                .withSecurityProvisioner(new TokenSecurityProvisioner());
    }
}
