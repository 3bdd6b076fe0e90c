package dev.orrery.runtime.cluster;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import java.time.Duration;
import java.util.Optional;

/// What a [Cluster] needs besides a topology: where its data lives, where the service jars are, and the plug-ins
/// that run the database and provide token keys.
///
/// @param databaseLauncher required when a topology enables the database
/// @param securityProvisioner required when a topology enables security
/// @param stopTimeout how long a graceful stop may take before the process is killed
public record ClusterConfig(
        DataFolder dataFolder,
        ServiceDistribution distribution,
        Optional<DatabaseLauncher> databaseLauncher,
        Optional<SecurityProvisioner> securityProvisioner,
        Duration stopTimeout) {

    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public static ClusterConfig of(DataFolder dataFolder, ServiceDistribution distribution) {
        return new ClusterConfig(dataFolder, distribution, Optional.empty(), Optional.empty(), DEFAULT_STOP_TIMEOUT);
    }

    public ClusterConfig withDatabaseLauncher(DatabaseLauncher launcher) {
        return new ClusterConfig(dataFolder, distribution, Optional.of(launcher), securityProvisioner, stopTimeout);
    }

    public ClusterConfig withSecurityProvisioner(SecurityProvisioner provisioner) {
        return new ClusterConfig(dataFolder, distribution, databaseLauncher, Optional.of(provisioner), stopTimeout);
    }

    public ClusterConfig withStopTimeout(Duration timeout) {
        return new ClusterConfig(dataFolder, distribution, databaseLauncher, securityProvisioner, timeout);
    }
}
