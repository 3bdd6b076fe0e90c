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

    /// The option as a user would repeat it in another command (` --data DIR`), empty for the default folder.
    public String asArgument() {
        return Optional.ofNullable(folder)
                .map(f -> " --data " + shellWord(f.toAbsolutePath().toString()))
                .orElse("");
    }

    /// The path as one POSIX shell word: as it is when it holds only safe characters, else in single quotes.
    private static String shellWord(String path) {
        return path.matches("[A-Za-z0-9_./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    public RunFiles runFiles() {
        return RunFiles.of(dataFolder().root());
    }
}
