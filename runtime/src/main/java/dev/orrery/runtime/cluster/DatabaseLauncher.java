package dev.orrery.runtime.cluster;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.DatabaseSpec;

/// Plug-in that decides how the cluster's MongoDB runs; the cluster then runs the returned command as a supervised
/// child process (with the same lifecycle, logs, pid file and parent-death protection as every other component)
/// and waits until its port accepts connections.
///
/// Implementations choose the engine (a real `mongod` or the pure-Java server) and may take seconds (looking for a
/// binary); they are called off the caller's thread. To refuse, throw an unchecked exception whose message says
/// what is wrong and what to do; the start then fails with that message.
@FunctionalInterface
public interface DatabaseLauncher {

    /// @param port the port the database must listen on (127.0.0.1), already checked to be free
    /// @param dataFolder the cluster's data folder; database files belong in [DataFolder#db()]
    DatabaseEngine prepare(DatabaseSpec spec, DataFolder dataFolder, int port);
}
