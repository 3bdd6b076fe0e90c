package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.data.DataFolder;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/// The `--data DIR` option every command shares.
public final class DataFolderOption {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The cluster's data folder (database, logs, keys, run files). "
                    + "Default: the per-user folder, e.g. ~/.local/share/orrery.")
    private @Nullable Path folder;

    public DataFolder dataFolder() {
        return Optional.ofNullable(folder).map(DataFolder::new).orElseGet(DataFolder::defaultLocation);
    }

    public RunFiles runFiles() {
        return RunFiles.of(dataFolder().root());
    }
}
