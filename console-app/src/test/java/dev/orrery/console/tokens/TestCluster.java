package dev.orrery.console.tokens;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.database.EmbeddedDatabaseLauncher;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.token.TokenSecurityProvisioner;
import dev.orrery.runtime.topology.TopologyParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/// A real cluster for the teaching views' integration tests, in a fresh data folder, with the database and
/// security plug-ins the console uses. One per test class.
public record TestCluster(Cluster cluster, DataFolder dataFolder) implements AutoCloseable {

    /// A cluster that is created but not started (lessons start their own presets).
    public static TestCluster create(List<String> services) throws Exception {
        var distribution = ServiceDistribution.locate();
        Assumptions.assumeTrue(distribution.missing(services).isEmpty(), "the sample service jars are not built");
        var data = new DataFolder(Files.createTempDirectory("orrery-teach-it"));
        var config = ClusterConfig.of(data, distribution)
                .withDatabaseLauncher(EmbeddedDatabaseLauncher.fromSystem())
                .withSecurityProvisioner(new TokenSecurityProvisioner());
        return new TestCluster(Cluster.create(config), data);
    }

    /// Starts a topology written in YAML; `%d` placeholders get free ports for registry, gateway and database.
    public static TestCluster start(String yaml, List<String> services) throws Exception {
        var created = create(services);
        var registry = PortChecker.freePort(Set.of());
        var gateway = PortChecker.freePort(Set.of(registry));
        var database = PortChecker.freePort(Set.of(registry, gateway));
        var topology = new TopologyParser().parse(yaml.formatted(database), "it.yaml");
        try {
            created.cluster()
                    .start(
                            topology,
                            StartOptions.defaults().withRegistryPort(registry).withGatewayPort(gateway))
                    .get(240, TimeUnit.SECONDS);
        } catch (Exception e) {
            created.close();
            throw e;
        }
        return created;
    }

    @Override
    public void close() {
        cluster.close();
    }
}
