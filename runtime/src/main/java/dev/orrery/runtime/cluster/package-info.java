/// The runtime's public face: the [dev.orrery.runtime.cluster.Cluster] facade that starts, changes and stops a
/// cluster described by a topology, its [dev.orrery.runtime.cluster.ClusterSnapshot], and the plug-in points for the
/// database ([dev.orrery.runtime.cluster.DatabaseLauncher]) and token keys
/// ([dev.orrery.runtime.cluster.SecurityProvisioner]). The console and the CLI are both clients of this package.
@NullMarked
package dev.orrery.runtime.cluster;

import org.jspecify.annotations.NullMarked;
