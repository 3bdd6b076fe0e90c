package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.supervisor.InstanceObserver;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.PidFiles;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.PortClaim;
import dev.orrery.runtime.supervisor.ProcessLauncher;
import dev.orrery.runtime.topology.ServiceLaunch;
import dev.orrery.runtime.topology.Storage;
import dev.orrery.runtime.topology.Topology;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Prepares a run before anything starts: leftovers of an earlier run, service jars, ports, keys, database engine
/// and the plan of every instance. Any problem found here means nothing was started.
final class ClusterStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStarter.class);

    private final ClusterConfig config;
    private final HttpClient http;
    private final ProcessLauncher launcher;
    private final PortChecker ports;
    private final Consumer<ClusterEvent> publish;

    ClusterStarter(
            ClusterConfig config,
            HttpClient http,
            ProcessLauncher launcher,
            PortChecker ports,
            Consumer<ClusterEvent> publish) {
        this.config = config;
        this.http = http;
        this.launcher = launcher;
        this.ports = ports;
        this.publish = publish;
    }

    ClusterRun prepare(Topology topology, StartOptions options, InstanceObserver observer) {
        var data = config.dataFolder();
        data.verifyWritable();
        var pidFiles = new PidFiles(data.run());
        var killed = pidFiles.killLeftovers();
        if (!killed.isEmpty()) {
            LOG.warn("Killed {} processes left over by an earlier run: {}", killed.size(), killed);
        }
        checkJars(topology);
        checkPorts(topology);
        var security =
                topology.security().enabled() ? Optional.of(security(topology)) : Optional.<SecurityFiles>empty();
        var database =
                topology.database().enabled() ? Optional.of(database(topology)) : Optional.<DatabaseEngine>empty();
        var planner = new LaunchPlanner(
                topology,
                config.distribution(),
                http,
                options.readyTimeout(),
                database,
                security,
                data.root(),
                options.serviceProperties());
        var run = new ClusterRun(
                topology, planner, database, launcher, observer, pidFiles, data.logs(), config.stopTimeout());
        plan(topology, run, planner, database);
        return run;
    }

    private void plan(Topology topology, ClusterRun run, LaunchPlanner planner, Optional<DatabaseEngine> database) {
        var registryDeps = topology.registry().enabled() ? List.of("registry") : List.<String>of();
        database.ifPresent(engine -> {
            run.addComponent(new ComponentPlan("database", ComponentKind.DATABASE, List.of()), 1);
            run.add(planner.database(engine));
        });
        if (topology.registry().enabled()) {
            run.addComponent(new ComponentPlan("registry", ComponentKind.REGISTRY, List.of()), 1);
            run.add(planner.registry());
        }
        var taken = new HashSet<>(run.ports());
        topology.services().forEach(s -> s.port().ifPresent(taken::add));
        for (var service : topology.services()) {
            var kind =
                    service.launch() instanceof ServiceLaunch.Command ? ComponentKind.COMMAND : ComponentKind.SERVICE;
            // Built-in services start beside the registry, not after it: their Eureka client registers within a
            // second of the registry answering, and the JVMs' start-up work overlaps. A command may need the
            // registry from its first moment, so it waits.
            var deps = new ArrayList<>(kind == ComponentKind.COMMAND ? registryDeps : List.<String>of());
            if (service.storage() == Storage.MONGO && database.isPresent()) {
                deps.add("database");
            }
            deps.addAll(service.dependsOn());
            run.addComponent(new ComponentPlan(service.id(), kind, deps), service.instances());
            for (var ordinal = 1; ordinal <= service.instances(); ordinal++) {
                var port = service.port().orElseGet(() -> PortChecker.freePort(taken));
                taken.add(port);
                run.add(planner.service(service, ordinal, port));
            }
        }
        if (topology.gateway().enabled()) {
            run.addComponent(new ComponentPlan("gateway", ComponentKind.GATEWAY, List.of()), 1);
            run.add(planner.gateway());
        }
    }

    private void checkJars(Topology topology) {
        var names = new ArrayList<String>();
        if (topology.registry().enabled()) {
            names.add("registry");
        }
        if (topology.gateway().enabled()) {
            names.add("gateway");
        }
        topology.services().stream()
                .filter(s -> s.launch() instanceof ServiceLaunch.Builtin)
                .forEach(s -> names.add(s.id()));
        var missing = config.distribution().missing(names);
        if (!missing.isEmpty()) {
            var jar = config.distribution().expectedJar(missing.getFirst());
            throw new ClusterStartException("Nothing was started: the jar of " + String.join(", ", missing)
                    + " is missing (expected " + jar + ") — " + buildHint());
        }
    }

    private String buildHint() {
        return config.distribution().installed()
                ? "reinstall Orrery or point ORRERY_HOME at a complete installation"
                : "build the services with '" + dev.orrery.runtime.supervisor.ServiceDistribution.BUILD_COMMAND
                        + "' in " + config.distribution().root();
    }

    private void checkPorts(Topology topology) {
        var claims = new ArrayList<PortClaim>();
        if (topology.registry().enabled()) {
            claims.add(new PortClaim(topology.registry().port(), ClusterStartException.REGISTRY, "--registry-port"));
        }
        if (topology.gateway().enabled()) {
            claims.add(new PortClaim(topology.gateway().port(), ClusterStartException.GATEWAY, "--gateway-port"));
        }
        if (topology.database().enabled()) {
            claims.add(new PortClaim(topology.database().port(), ClusterStartException.DATABASE, "--database-port"));
        }
        topology.services()
                .forEach(s -> s.port()
                        .ifPresent(p -> claims.add(
                                new PortClaim(p, s.id(), "'services." + s.id() + ".port:' in the topology"))));
        var conflicts = ports.check(claims);
        if (!conflicts.isEmpty()) {
            publish.accept(new ClusterEvent.PortProblem(Instant.now(), conflicts));
            throw ClusterStartException.ofPorts(conflicts);
        }
    }

    private SecurityFiles security(Topology topology) {
        var provisioner = config.securityProvisioner()
                .orElseThrow(() -> new ClusterStartException("Nothing was started: the topology turns security on,"
                        + " but this Orrery has no token key provider"));
        try {
            return provisioner.provision(topology.security(), config.dataFolder());
        } catch (RuntimeException e) {
            throw new ClusterStartException(
                    "Nothing was started: the token keys are not available: " + e.getMessage(), e);
        }
    }

    private DatabaseEngine database(Topology topology) {
        var launcherPlugin = config.databaseLauncher()
                .orElseThrow(() -> new ClusterStartException(
                        "Nothing was started: the topology needs a database, but this Orrery has no database engine"));
        try {
            return launcherPlugin.prepare(
                    topology.database(),
                    config.dataFolder(),
                    topology.database().port());
        } catch (RuntimeException e) {
            throw new ClusterStartException("Nothing was started: the database cannot run: " + e.getMessage(), e);
        }
    }

    static boolean isWaiting(InstanceState state) {
        return state == InstanceState.STARTING || state == InstanceState.STOPPED || state == InstanceState.CRASHED;
    }

    static Duration elapsed(Instant since) {
        return Duration.between(since, Instant.now());
    }
}
