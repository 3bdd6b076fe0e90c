package dev.orrery.console.shell;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.control.ClusterControl;
import dev.orrery.runtime.control.ClusterLock;
import dev.orrery.runtime.control.ControlServer;
import dev.orrery.runtime.control.RouteReadiness;
import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.Topology;
import java.util.Optional;

/// While this console runs a cluster it holds the data folder's lock (one cluster per data folder) and serves the
/// control API, so that `orrery status`, `down`, `call` and `token` find the cluster as if `orrery up` ran it.
final class ClusterOwnership implements AutoCloseable {

    private final DataFolder dataFolder;
    private final RouteReadiness readiness;
    private Optional<ClusterLock> lock = Optional.empty();
    private Optional<ControlServer> server = Optional.empty();

    ClusterOwnership(DataFolder dataFolder, RouteReadiness readiness) {
        this.dataFolder = dataFolder;
        this.readiness = readiness;
    }

    /// Takes the lock and opens the control API for this topology.
    ///
    /// @throws dev.orrery.runtime.control.ClusterAlreadyRunningException when another process runs a cluster there
    synchronized void claim(Cluster cluster, Topology topology, Runnable onStop) {
        release();
        var files = RunFiles.of(dataFolder.root());
        lock = Optional.of(ClusterLock.acquire(files));
        readiness.reset();
        var control = new ClusterControl(cluster, topology, StartOptions.defaults(), dataFolder, readiness, onStop);
        server = Optional.of(ControlServer.start(files, control));
    }

    synchronized void release() {
        server.ifPresent(ControlServer::close);
        server = Optional.empty();
        lock.ifPresent(ClusterLock::close);
        lock = Optional.empty();
    }

    @Override
    public void close() {
        release();
    }
}
