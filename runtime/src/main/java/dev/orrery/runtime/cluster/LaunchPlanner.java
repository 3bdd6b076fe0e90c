package dev.orrery.runtime.cluster;

import dev.orrery.runtime.supervisor.AotCacheCheck;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.JarLaunch;
import dev.orrery.runtime.supervisor.JavaCommand;
import dev.orrery.runtime.supervisor.ProcessSpec;
import dev.orrery.runtime.supervisor.ReadinessCheck;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.supervisor.ServiceJvmFlags;
import dev.orrery.runtime.topology.BuiltinService;
import dev.orrery.runtime.topology.ReadinessSpec;
import dev.orrery.runtime.topology.RestartPolicy;
import dev.orrery.runtime.topology.ServiceLaunch;
import dev.orrery.runtime.topology.ServiceSpec;
import dev.orrery.runtime.topology.Storage;
import dev.orrery.runtime.topology.Topology;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Turns a topology into the command lines, properties and checks of each instance, following the property
/// contract of `docs/service-contract.md`.
final class LaunchPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchPlanner.class);

    static final int HEALTH_FAILURES = 3;

    private final Topology topology;
    private final ServiceDistribution distribution;
    private final HttpClient http;
    private final Duration readyTimeout;
    private final Optional<DatabaseEngine> database;
    private final Optional<SecurityFiles> security;
    private final Path defaultWorkDir;
    private final Map<String, String> extraProperties;
    private final ServiceJvmFlags flags;
    private final AotCacheCheck aotCheck;
    private final Map<String, JarLaunch> launches = new ConcurrentHashMap<>();

    LaunchPlanner(
            Topology topology,
            ServiceDistribution distribution,
            HttpClient http,
            Duration readyTimeout,
            Optional<DatabaseEngine> database,
            Optional<SecurityFiles> security,
            Path defaultWorkDir,
            Map<String, String> extraProperties) {
        this.topology = topology;
        this.distribution = distribution;
        this.http = http;
        this.readyTimeout = readyTimeout;
        this.database = database;
        this.security = security;
        this.defaultWorkDir = defaultWorkDir;
        this.extraProperties = Map.copyOf(extraProperties);
        this.flags = ServiceJvmFlags.load();
        this.aotCheck = AotCacheCheck.forThisJvm(flags);
    }

    InstancePlan database(DatabaseEngine engine) {
        var id = InstanceId.single("database");
        var spec = new ProcessSpec(
                id,
                engine.port(),
                engine.command(),
                Map.of(),
                engine.workDir(),
                ReadinessCheck.portOpen(engine.port()),
                readyTimeout,
                HEALTH_FAILURES,
                RestartPolicy.DEFAULT,
                marker(engine.command()));
        return new InstancePlan(id, ComponentKind.DATABASE, spec, "", "database", false);
    }

    InstancePlan registry() {
        var port = topology.registry().port();
        var properties = common("registry", port);
        return javaInstance(
                InstanceId.single("registry"),
                ComponentKind.REGISTRY,
                "registry",
                port,
                properties,
                List.of(),
                Map.of(),
                RestartPolicy.DEFAULT,
                "");
    }

    InstancePlan gateway() {
        var port = topology.gateway().port();
        var properties = common("gateway", port);
        properties.putAll(discovery());
        properties.put(
                "orrery.gateway.retries", String.valueOf(topology.gateway().retries()));
        return javaInstance(
                InstanceId.single("gateway"),
                ComponentKind.GATEWAY,
                "gateway",
                port,
                properties,
                List.of(),
                Map.of(),
                RestartPolicy.DEFAULT,
                "GATEWAY");
    }

    InstancePlan service(ServiceSpec service, int ordinal, int port) {
        var id = InstanceId.of(service.id(), ordinal);
        return switch (service.launch()) {
            case ServiceLaunch.Builtin(var builtin) -> builtin(service, builtin, id, port);
            case ServiceLaunch.Command command -> command(service, command, id, port);
        };
    }

    private InstancePlan builtin(ServiceSpec service, BuiltinService builtin, InstanceId id, int port) {
        var properties = common(service.id(), port);
        properties.putAll(discovery());
        if (builtin.hasStorage()) {
            properties.put("orrery.storage", service.storage().yamlName());
        }
        if (service.storage() == Storage.MONGO) {
            database.ifPresent(db -> properties.put("spring.mongodb.uri", db.uri()));
        }
        security.ifPresent(files -> properties.putAll(securityProperties(builtin, files)));
        properties.putAll(service.properties());
        return javaInstance(
                id,
                ComponentKind.SERVICE,
                builtin.serviceName(),
                port,
                properties,
                service.jvmOptions(),
                service.environment(),
                service.restart(),
                service.id());
    }

    private Map<String, String> securityProperties(BuiltinService builtin, SecurityFiles files) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("orrery.security.enabled", "true");
        properties.put("orrery.security.public-key-file", files.publicKey().toString());
        if (builtin == BuiltinService.AUTH) {
            properties.put(
                    "orrery.security.private-key-file", files.privateKey().toString());
            properties.put("orrery.auth.users-file", files.usersFile().toString());
            properties.put(
                    "orrery.security.token-ttl", topology.security().tokenTtl().toSeconds() + "s");
        }
        return properties;
    }

    private InstancePlan command(ServiceSpec service, ServiceLaunch.Command command, InstanceId id, int port) {
        var line = CommandLine.split(
                command.commandLine().replace(ServiceLaunch.Command.PORT_PLACEHOLDER, String.valueOf(port)));
        var readiness = switch (command.readiness()) {
            case ReadinessSpec.HttpPath(var path) -> ReadinessCheck.httpPath(http, port, path);
            case ReadinessSpec.PortOpen _ -> ReadinessCheck.portOpen(port);
        };
        var environment = new HashMap<>(service.environment());
        environment.put("PORT", String.valueOf(port));
        var spec = new ProcessSpec(
                id,
                port,
                line,
                environment,
                command.workingDirectory().orElse(defaultWorkDir),
                readiness,
                readyTimeout,
                HEALTH_FAILURES,
                service.restart(),
                marker(line));
        var registers = topology.registry().enabled() && !command.registerWithRegistry();
        return new InstancePlan(
                id, ComponentKind.COMMAND, spec, service.id(), instanceId(service.id(), port), registers);
    }

    private InstancePlan javaInstance(
            InstanceId id,
            ComponentKind kind,
            String jarName,
            int port,
            Map<String, String> properties,
            List<String> jvmOptions,
            Map<String, String> environment,
            RestartPolicy restart,
            String application) {
        properties.putAll(extraProperties);
        var command = JavaCommand.forLaunch(launch(jarName), flags, jvmOptions, properties);
        var env = new HashMap<>(JavaCommand.ENVIRONMENT);
        env.putAll(environment);
        var spec = new ProcessSpec(
                id,
                port,
                command,
                env,
                defaultWorkDir,
                ReadinessCheck.actuatorHealth(http, port),
                readyTimeout,
                HEALTH_FAILURES,
                restart,
                marker(command));
        return new InstancePlan(id, kind, spec, application, properties.get("orrery.instance-id"), false);
    }

    /// Decided once per service and run, and logged then, since every instance of a service starts the same way.
    private JarLaunch launch(String serviceName) {
        return launches.computeIfAbsent(serviceName, name -> {
            var launch = distribution.launch(name, aotCheck);
            LOG.info("{} starts from its {} ({}): {}", name, launch.form(), launch.reason(), launch.jar());
            return launch;
        });
    }

    private Map<String, String> common(String serviceId, int port) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("server.port", String.valueOf(port));
        properties.put("server.address", "127.0.0.1");
        properties.put("orrery.instance-id", instanceId(serviceId, port));
        properties.put(
                "orrery.parent-pid", String.valueOf(ProcessHandle.current().pid()));
        return properties;
    }

    private Map<String, String> discovery() {
        if (!topology.registry().enabled()) {
            return Map.of("eureka.client.enabled", "false");
        }
        var url = "http://127.0.0.1:" + topology.registry().port() + "/eureka/";
        return Map.of("eureka.client.service-url.defaultZone", url);
    }

    static String instanceId(String serviceId, int port) {
        return serviceId + ":127.0.0.1:" + port;
    }

    /// The longest argument after the program (a jar or script path, usually), which proves together with the pid
    /// that a process found through a pid file is one we started.
    private static String marker(List<String> command) {
        return command.stream()
                .skip(1)
                .filter(a -> !a.startsWith("--orrery.parent-pid="))
                .max(Comparator.comparingInt(String::length))
                .orElse(command.isEmpty() ? "" : command.getFirst());
    }
}
