package dev.orrery.runtime.export;

import dev.orrery.runtime.topology.BuiltinService;
import dev.orrery.runtime.topology.ServiceSpec;
import dev.orrery.runtime.topology.Storage;
import dev.orrery.runtime.topology.Topology;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/// The environment of each container: the Spring properties of docs/service-contract.md as variables, set for a
/// cluster of containers rather than for one machine.
///
/// The services default to binding 127.0.0.1 and registering as 127.0.0.1, which is right on one machine and
/// wrong in a container: every container binds all its interfaces and registers its own address instead. The
/// per-replica address and instance id are left to the orchestrator-specific export (a Kubernetes pod knows its IP,
/// a Compose container asks Spring Cloud for it).
final class ContainerEnvironment {

    static final String REGISTRY = "registry";
    static final String GATEWAY = "gateway";

    private final Topology topology;
    private final Optional<DatabaseWorkload> database;
    private final LocalAddresses addresses;

    ContainerEnvironment(Topology topology, Optional<DatabaseWorkload> database, LocalAddresses addresses) {
        this.topology = topology;
        this.database = database;
        this.addresses = addresses;
    }

    SequencedMap<String, String> registry(int port) {
        var env = common(port);
        env.put(variable("eureka.instance.hostname"), REGISTRY);
        env.put(variable("eureka.client.service-url.defaultZone"), registryUrl());
        return env;
    }

    SequencedMap<String, String> gateway(int port) {
        var env = common(port);
        env.putAll(discovery());
        env.put(
                variable("orrery.gateway.retries"),
                String.valueOf(topology.gateway().retries()));
        return env;
    }

    SequencedMap<String, String> builtin(ServiceSpec service, BuiltinService builtin, int port) {
        var env = common(port);
        env.putAll(discovery());
        if (builtin.hasStorage()) {
            env.put(variable("orrery.storage"), service.storage().yamlName());
        }
        if (service.storage() == Storage.MONGO) {
            database.ifPresent(db -> env.put(variable("spring.mongodb.uri"), db.uri()));
        }
        if (topology.security().enabled()) {
            env.putAll(security(builtin));
        }
        jvmOptions(service, env);
        service.properties().forEach((name, value) -> env.put(variable(name), addresses.rewrite(value)));
        env.putAll(service.environment());
        return env;
    }

    SequencedMap<String, String> program(ServiceSpec service, int port) {
        var env = new LinkedHashMap<String, String>();
        env.put("PORT", String.valueOf(port));
        service.environment().forEach((name, value) -> env.put(name, addresses.rewrite(value)));
        return env;
    }

    private SequencedMap<String, String> common(int port) {
        var env = new LinkedHashMap<String, String>();
        env.put(variable("server.port"), String.valueOf(port));
        // Reachable from other containers, not only from inside its own.
        env.put(variable("server.address"), "0.0.0.0");
        // /actuator/health/liveness and …/readiness, also outside Kubernetes (Compose).
        env.put(variable("management.endpoint.health.probes.enabled"), "true");
        return env;
    }

    private Map<String, String> discovery() {
        if (!topology.registry().enabled()) {
            return Map.of(variable("eureka.client.enabled"), "false");
        }
        var env = new LinkedHashMap<String, String>();
        env.put(variable("eureka.client.service-url.defaultZone"), registryUrl());
        env.put(variable("eureka.instance.prefer-ip-address"), "true");
        return env;
    }

    private Map<String, String> security(BuiltinService builtin) {
        var env = new LinkedHashMap<String, String>();
        env.put(variable("orrery.security.enabled"), "true");
        env.put(variable(KeyFile.PUBLIC_KEY.property()), KeyFile.PUBLIC_KEY.path());
        if (builtin == BuiltinService.AUTH) {
            env.put(variable(KeyFile.PRIVATE_KEY.property()), KeyFile.PRIVATE_KEY.path());
            env.put(variable(KeyFile.USERS.property()), KeyFile.USERS.path());
            env.put(
                    variable("orrery.security.token-ttl"),
                    topology.security().tokenTtl().toSeconds() + "s");
        }
        return env;
    }

    private static void jvmOptions(ServiceSpec service, Map<String, String> env) {
        if (!service.jvmOptions().isEmpty()) {
            // Read by every JVM at start, added to the image's own flags.
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", service.jvmOptions()));
        }
    }

    private String registryUrl() {
        return "http://" + REGISTRY + ":" + topology.registry().port() + "/eureka/";
    }

    private static String variable(String property) {
        return SpringEnvironment.variable(property);
    }
}
