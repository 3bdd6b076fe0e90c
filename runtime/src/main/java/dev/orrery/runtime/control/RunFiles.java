package dev.orrery.runtime.control;

import java.nio.file.Path;

/// The files in a data folder's `run/` folder that say whether and where a cluster runs.
///
/// @param dataFolder the cluster's data folder, named in messages
/// @param runFolder its `run/` folder
public record RunFiles(Path dataFolder, Path runFolder) {

    public static RunFiles of(Path dataFolder) {
        return new RunFiles(
                dataFolder.toAbsolutePath().normalize(),
                dataFolder.resolve("run").toAbsolutePath().normalize());
    }

    /// Locked by the process that runs the cluster for as long as it runs.
    public Path lockFile() {
        return runFolder.resolve("cluster.lock");
    }

    /// Port and secret of the control API, owner-only; removed when the cluster stops.
    public Path controlFile() {
        return runFolder.resolve("control.json");
    }
}
