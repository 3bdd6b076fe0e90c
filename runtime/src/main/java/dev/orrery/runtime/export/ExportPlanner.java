package dev.orrery.runtime.export;

import dev.orrery.runtime.token.DemoAccountStore;
import dev.orrery.runtime.topology.BuiltinService;
import dev.orrery.runtime.topology.DatabaseSpec;
import dev.orrery.runtime.topology.DemoUser;
import dev.orrery.runtime.topology.ReadinessSpec;
import dev.orrery.runtime.topology.ServiceLaunch;
import dev.orrery.runtime.topology.ServiceSpec;
import dev.orrery.runtime.topology.Storage;
import dev.orrery.runtime.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Decides what an exported cluster consists of: one workload per component with its image, replicas, port,
/// environment (following docs/service-contract.md), health check, secrets, dependencies and memory.
public final class ExportPlanner {

    /// The ports the sample services listen on when the topology fixes none (each container has its own network).
    static final Map<BuiltinService, Integer> DEFAULT_PORTS =
            Map.of(BuiltinService.HEROES, 8081, BuiltinService.THREATS, 8082, BuiltinService.AUTH, 8083);

    /// The port a user's program gets in `$PORT` when the topology fixes none.
    static final int PROGRAM_PORT = 8080;

    private final ExportOptions options;

    public ExportPlanner(ExportOptions options) {
        this.options = options;
    }

    public ExportPlan plan(Topology topology) {
        var database = database(topology);
        var addresses = addresses(topology, database);
        var environment = new ContainerEnvironment(topology, database, addresses);
        var notes = new ArrayList<String>();
        var workloads = new ArrayList<Workload>();
        if (topology.registry().enabled()) {
            workloads.add(registry(topology, environment));
        }
        if (topology.gateway().enabled()) {
            workloads.add(gateway(topology, environment));
        }
        for (var service : topology.services()) {
            workloads.add(service(topology, service, environment, addresses, notes));
        }
        var secrets = topology.security().enabled()
                ? Optional.of(ExportSecrets.generate(users(topology)))
                : Optional.<ExportSecrets>empty();
        notes.add("Memory requests and limits from " + options.memory().source() + ".");
        return new ExportPlan(topology.name(), workloads, database, secrets, notes);
    }

    private Workload registry(Topology topology, ContainerEnvironment environment) {
        var port = topology.registry().port();
        return new Workload(
                ContainerEnvironment.REGISTRY,
                WorkloadRole.REGISTRY,
                options.image("registry"),
                1,
                port,
                environment.registry(port),
                new HealthCheck.Actuator(),
                List.of(),
                List.of(),
                options.memory().budget("registry"),
                false);
    }

    private Workload gateway(Topology topology, ContainerEnvironment environment) {
        var port = topology.gateway().port();
        return new Workload(
                ContainerEnvironment.GATEWAY,
                WorkloadRole.GATEWAY,
                options.image("gateway"),
                1,
                port,
                environment.gateway(port),
                new HealthCheck.Actuator(),
                List.of(),
                registryDependency(topology),
                options.memory().budget("gateway"),
                topology.registry().enabled());
    }

    private Workload service(
            Topology topology,
            ServiceSpec service,
            ContainerEnvironment environment,
            LocalAddresses addresses,
            List<String> notes) {
        var dependsOn = new LinkedHashSet<>(registryDependency(topology));
        if (service.launch() instanceof ServiceLaunch.Builtin builtin
                && builtin.service().hasStorage()
                && service.storage() == Storage.MONGO
                && topology.database().enabled()) {
            dependsOn.add(DatabaseWorkload.NAME);
        }
        dependsOn.addAll(service.dependsOn());
        service.properties().values().forEach(v -> dependsOn.addAll(addresses.referencedBy(v)));
        dependsOn.remove(service.id());
        return switch (service.launch()) {
            case ServiceLaunch.Builtin(var builtin) -> builtin(topology, service, builtin, environment, dependsOn);
            case ServiceLaunch.Command command -> program(topology, service, command, environment, dependsOn, notes);
        };
    }

    private Workload builtin(
            Topology topology,
            ServiceSpec service,
            BuiltinService builtin,
            ContainerEnvironment environment,
            LinkedHashSet<String> dependsOn) {
        var port = service.port().orElse(DEFAULT_PORTS.get(builtin));
        var keys = !topology.security().enabled()
                ? List.<KeyFile>of()
                : builtin == BuiltinService.AUTH ? List.of(KeyFile.values()) : List.of(KeyFile.PUBLIC_KEY);
        return new Workload(
                service.id(),
                WorkloadRole.SERVICE,
                options.image(builtin.serviceName()),
                service.instances(),
                port,
                environment.builtin(service, builtin, port),
                new HealthCheck.Actuator(),
                keys,
                List.copyOf(dependsOn),
                options.memory().budget(builtin.serviceName()),
                topology.registry().enabled());
    }

    private Workload program(
            Topology topology,
            ServiceSpec service,
            ServiceLaunch.Command command,
            ContainerEnvironment environment,
            LinkedHashSet<String> dependsOn,
            List<String> notes) {
        var port = service.port().orElse(PROGRAM_PORT);
        var image = options.image(service.id());
        notes.add("'" + service.id() + "' runs your own program (" + command.commandLine() + "): build and push the"
                + " image " + image + " that starts it listening on $PORT (" + port + ").");
        if (topology.registry().enabled() && !command.registerWithRegistry()) {
            notes.add("'" + service.id() + "' does not register itself, and outside Orrery nothing registers it"
                    + " for it: give it a Eureka client, or call its Service '" + service.id() + "' directly.");
        }
        var health = switch (command.readiness()) {
            case ReadinessSpec.HttpPath(var path) -> (HealthCheck) new HealthCheck.HttpPath(path);
            case ReadinessSpec.PortOpen _ -> new HealthCheck.PortOpen();
        };
        return new Workload(
                service.id(),
                WorkloadRole.PROGRAM,
                image,
                service.instances(),
                port,
                environment.program(service, port),
                health,
                List.of(),
                List.copyOf(dependsOn),
                options.memory().budget(service.id()),
                false);
    }

    private Optional<DatabaseWorkload> database(Topology topology) {
        var used = topology.services().stream().anyMatch(s -> s.storage() == Storage.MONGO);
        if (!topology.database().enabled() || !used) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseWorkload(
                DatabaseWorkload.NAME,
                DatabaseWorkload.IMAGE,
                DatabaseSpec.DEFAULT_PORT,
                options.memory().budget("database"),
                1,
                0.25));
    }

    private static LocalAddresses addresses(Topology topology, Optional<DatabaseWorkload> database) {
        var targets = new HashMap<Integer, LocalAddresses.Target>();
        if (topology.registry().enabled()) {
            var port = topology.registry().port();
            targets.put(port, new LocalAddresses.Target(ContainerEnvironment.REGISTRY, port));
        }
        if (topology.gateway().enabled()) {
            var port = topology.gateway().port();
            targets.put(port, new LocalAddresses.Target(ContainerEnvironment.GATEWAY, port));
        }
        database.ifPresent(
                db -> targets.put(topology.database().port(), new LocalAddresses.Target(db.name(), db.port())));
        for (var service : topology.services()) {
            service.port().ifPresent(port -> targets.put(port, new LocalAddresses.Target(service.id(), port)));
        }
        return new LocalAddresses(targets);
    }

    private static List<String> registryDependency(Topology topology) {
        return topology.registry().enabled() ? List.of(ContainerEnvironment.REGISTRY) : List.of();
    }

    private static List<DemoUser> users(Topology topology) {
        var users = topology.security().users();
        return users.isEmpty() ? DemoAccountStore.DEFAULT_USERS : users;
    }
}
