package dev.orrery.runtime.bench;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.database.EmbeddedDatabaseLauncher;
import dev.orrery.runtime.registry.EurekaClient;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.token.ClusterKeyStore;
import dev.orrery.runtime.token.Privilege;
import dev.orrery.runtime.token.TokenIssuer;
import dev.orrery.runtime.token.TokenSecurityProvisioner;
import dev.orrery.runtime.topology.DatabaseSpec;
import dev.orrery.runtime.topology.GatewaySpec;
import dev.orrery.runtime.topology.RegistrySpec;
import dev.orrery.runtime.topology.Topology;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/// One benchmarked cluster: the default preset on free ports of 127.0.0.1, in the benchmark's own data folder, with
/// a token that every route accepts.
final class BenchCluster implements AutoCloseable {

    /// A GET per service that answers 200 with a valid token, through the gateway or straight to an instance.
    static final Map<String, String> PROBE_PATHS = Map.of(
            "heroes-service", "/heroes",
            "threats-service", "/threats",
            "auth-service", "/auth/.well-known/jwks.json");

    private final Cluster cluster;
    private final Topology topology;
    private final LoopbackHttp http;
    private final EurekaClient registry;

    private BenchCluster(Cluster cluster, Topology topology, String token) {
        this.cluster = cluster;
        this.topology = topology;
        this.http = new LoopbackHttp(token);
        this.registry = new EurekaClient(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
                "http://127.0.0.1:" + topology.registry().port());
    }

    /// Creates the cluster and begins its start; the future completes when every instance is UP.
    static Started begin(Topology preset, DataFolder data, Map<String, String> properties) {
        var topology = onFreePorts(preset);
        var token = new TokenIssuer(new ClusterKeyStore(data.keys()).loadOrCreate())
                .issue("bench", Privilege.all(), Duration.ofHours(1))
                .compact();
        var config = ClusterConfig.of(data, ServiceDistribution.locate())
                .withDatabaseLauncher(EmbeddedDatabaseLauncher.fromSystem())
                .withSecurityProvisioner(new TokenSecurityProvisioner());
        var cluster = Cluster.create(config);
        var options = StartOptions.defaults().withServiceProperties(properties);
        return new Started(new BenchCluster(cluster, topology, token), cluster.start(topology, options));
    }

    /// A cluster whose start has begun.
    record Started(BenchCluster cluster, CompletableFuture<ClusterSnapshot> up) {}

    Cluster cluster() {
        return cluster;
    }

    Topology topology() {
        return topology;
    }

    LoopbackHttp http() {
        return http;
    }

    EurekaClient registry() {
        return registry;
    }

    URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + topology.gateway().port() + path);
    }

    private static Topology onFreePorts(Topology preset) {
        var taken = new HashSet<Integer>();
        var registryPort = PortChecker.freePort(taken);
        taken.add(registryPort);
        var gatewayPort = PortChecker.freePort(taken);
        taken.add(gatewayPort);
        var databasePort = PortChecker.freePort(taken);
        var db = preset.database();
        return new Topology(
                preset.name(),
                preset.source(),
                new RegistrySpec(preset.registry().enabled(), registryPort),
                new GatewaySpec(
                        preset.gateway().enabled(),
                        gatewayPort,
                        preset.gateway().retries()),
                new DatabaseSpec(db.enabled(), db.engine(), databasePort, db.mongodBinary()),
                preset.security(),
                preset.services());
    }

    @Override
    public void close() {
        cluster.close();
    }
}
