package dev.orrery.runtime.export;

import dev.orrery.runtime.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/// A Compose file for one Docker host with the same services as the topology: health checks, `depends_on` with
/// `condition: service_healthy`, a named volume for the database, the token keys as file-backed secrets, and only
/// the gateway and the registry's dashboard published, on 127.0.0.1.
public final class ComposeExport {

    public static final String COMPOSE_FILE = "compose.yaml";
    public static final String SECRETS_FOLDER = "secrets";
    public static final String PASSWORDS_FILE = "user-passwords.json";
    static final String DATA_VOLUME = "mongodb-data";
    static final String HEALTHY = "service_healthy";
    /// Asked of Spring Cloud at start: the container's own address, unknown when the file is written.
    static final String OWN_ADDRESS = "$${spring.cloud.client.ip-address}";

    private final ExportOptions options;

    public ComposeExport(ExportOptions options) {
        this.options = options;
    }

    public ExportBundle export(Topology topology) {
        return export(new ExportPlanner(options).plan(topology));
    }

    public ExportBundle export(ExportPlan plan) {
        var services = new LinkedHashMap<String, ComposeService>();
        plan.database().ifPresent(db -> services.put(db.name(), database(db)));
        plan.workloads().forEach(w -> services.put(w.name(), service(w)));
        var secrets = new LinkedHashMap<String, String>();
        var files = new ArrayList<ExportedFile>();
        plan.secrets().ifPresent(s -> {
            for (var key : KeyFile.values()) {
                var path = SECRETS_FOLDER + "/" + key.fileName();
                secrets.put(secretName(key), "./" + path);
                files.add(new ExportedFile(path, key.content(s), key.ownerOnly()));
            }
            files.add(new ExportedFile(PASSWORDS_FILE, s.passwordsFile(), true));
        });
        var volumes = plan.database().isPresent() ? List.of(DATA_VOLUME) : List.<String>of();
        var compose = new ComposeFile("orrery-" + plan.name(), services, volumes, secrets);
        files.addFirst(new ExportedFile(COMPOSE_FILE, compose.yaml(), false));
        return new ExportBundle(files, notes(plan));
    }

    private ComposeService database(DatabaseWorkload db) {
        var health = new ArrayList<String>(List.of("CMD"));
        health.addAll(KubernetesDatabase.pingCommand());
        return new ComposeService(
                db.image(),
                List.of("--wiredTigerCacheSizeGB", String.valueOf(db.cacheGibibytes())),
                new LinkedHashMap<>(),
                List.of(),
                new ComposeHealthcheck(health, 5, 12, 20),
                new LinkedHashMap<>(),
                List.of(),
                List.of(DATA_VOLUME + ":" + DatabaseWorkload.DATA_PATH),
                1,
                db.memory(),
                Optional.empty());
    }

    private ComposeService service(Workload workload) {
        var dependsOn = new LinkedHashMap<String, String>();
        workload.dependsOn().forEach(name -> dependsOn.put(name, HEALTHY));
        return new ComposeService(
                workload.image(),
                List.of(),
                environment(workload),
                published(workload),
                healthcheck(workload),
                dependsOn,
                workload.keys().stream()
                        .map(key -> new ComposeSecretMount(secretName(key), key.path(), key.ownerOnly() ? 0400 : 0444))
                        .toList(),
                List.of(),
                workload.replicas(),
                workload.memory(),
                user(workload));
    }

    /// The workload's variables (a `$` escaped for Compose) and, for a registry client, an address and instance id
    /// of its own, so that replicas do not collapse into one registration.
    private static SequencedMap<String, String> environment(Workload workload) {
        var env = new LinkedHashMap<String, String>();
        workload.environment().forEach((name, value) -> env.put(name, value.replace("$", "$$")));
        if (workload.discoveryClient()) {
            env.put(SpringEnvironment.variable("eureka.instance.ip-address"), OWN_ADDRESS);
            env.put(
                    SpringEnvironment.variable("orrery.instance-id"),
                    workload.name() + ":" + OWN_ADDRESS + ":" + workload.port());
        }
        return env;
    }

    /// The gateway and the registry's dashboard, on this host's loopback only; change the address to publish them.
    private static List<String> published(Workload workload) {
        if (workload.role() != WorkloadRole.GATEWAY && workload.role() != WorkloadRole.REGISTRY) {
            return List.of();
        }
        return List.of("127.0.0.1:" + workload.port() + ":" + workload.port());
    }

    private static ComposeHealthcheck healthcheck(Workload workload) {
        return switch (workload.health()) {
            case HealthCheck.Actuator _ -> ComposeHealthcheck.httpUp(workload.port(), HealthCheck.Actuator.READINESS);
            case HealthCheck.HttpPath(var path) -> ComposeHealthcheck.http2xx(workload.port(), path);
            case HealthCheck.PortOpen _ -> ComposeHealthcheck.portOpen(workload.port());
        };
    }

    /// Unprivileged like on Kubernetes, except for the reader of owner-only key files (see the README's limits).
    private static Optional<String> user(Workload workload) {
        if (workload.role() == WorkloadRole.PROGRAM || workload.readsOwnerOnlyFiles()) {
            return Optional.empty();
        }
        return Optional.of(PodTemplates.UNPRIVILEGED_USER + ":" + PodTemplates.UNPRIVILEGED_USER);
    }

    private static String secretName(KeyFile key) {
        return key.fileName().substring(0, key.fileName().lastIndexOf('.'));
    }

    private List<String> notes(ExportPlan plan) {
        var notes = new ArrayList<>(plan.notes());
        notes.add("Images: " + options.image("<service>") + " — build them with ./mvnw -Pimages package.");
        plan.secrets()
                .ifPresent(s -> notes.add("A new token key pair (kid " + s.keyId() + ") and new passwords were"
                        + " made for this export; the passwords are in " + PASSWORDS_FILE + ". Docker Compose mounts "
                        + SECRETS_FOLDER
                        + "/ as it is on this host: the auth-service (running as root) accepts its private"
                        + " key and users file only when root owns them: sudo chown root " + SECRETS_FOLDER + "/*"));
        plan.gateway().ifPresent(g -> notes.add("The gateway answers on http://127.0.0.1:" + g.port() + "."));
        notes.add("Start with: docker compose up -d   (in this folder)");
        return notes;
    }
}
