package dev.orrery.console.shell;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterConfig;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.database.EmbeddedDatabaseLauncher;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.token.TokenSecurityProvisioner;
import java.util.Optional;

/// The runtime this console drives: a local cluster on a data folder, or the reason there is none (e.g. the
/// service jars were not found, with the command that builds them). When `orrery up` already runs a cluster on the
/// data folder, the console attaches to it instead (see [ClusterAttachments]).
///
/// @param unavailable empty when `cluster` is present, else what is missing and what to do
public record RuntimeAccess(Optional<Cluster> cluster, DataFolder dataFolder, String unavailable) {

    /// A local cluster on the data folder, with the service jars found by the runtime (installed bundle first,
    /// then the source tree), the embedded database and token keys.
    public static RuntimeAccess local(DataFolder dataFolder) {
        try {
            var config = ClusterConfig.of(dataFolder, ServiceDistribution.locate())
                    .withDatabaseLauncher(EmbeddedDatabaseLauncher.fromSystem())
                    .withSecurityProvisioner(new TokenSecurityProvisioner());
            return new RuntimeAccess(Optional.of(Cluster.create(config)), dataFolder, "");
        } catch (IllegalStateException e) {
            return new RuntimeAccess(Optional.empty(), dataFolder, e.getMessage());
        }
    }
}
