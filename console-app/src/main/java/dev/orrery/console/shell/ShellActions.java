package dev.orrery.console.shell;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/// The cluster-level commands the header and menus send; the session that owns the runtime carries them out off
/// the JavaFX thread and reports back through the shell's view model.
public interface ShellActions {

    void start(TopologyChoice topology);

    void stop();

    /// Adds a topology file to the picker and selects it.
    void openTopology(Path file);

    /// Writes the current topology, with its current instance counts, to a file.
    void saveTopology(Path file);

    /// Deletes the cluster's database and logs (keys and topology stay); only while the cluster is stopped.
    void resetData();

    void openDataFolder();

    void openLogFolder();

    /// Attaches to the cluster `orrery up` runs on the console's data folder; says so when none runs.
    default void attachToRunningCluster() {
        throw new UnsupportedOperationException("this console cannot attach to clusters");
    }

    /// Attaches read-only to a Eureka registry; fails with a message for the user and changes nothing then.
    default CompletableFuture<Void> attachToRegistry(String url) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException("this console cannot attach to registries"));
    }

    /// Goes back to the console's own cluster; an attached cluster keeps running.
    default void detach() {}
}
