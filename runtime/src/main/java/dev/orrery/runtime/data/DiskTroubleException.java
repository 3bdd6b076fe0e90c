package dev.orrery.runtime.data;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/// A folder or file could not be written. The message names the path, says what is wrong and what to do, so that
/// the CLI and the console can show it as it is.
public final class DiskTroubleException extends UncheckedIOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final DiskProblem problem;

    private DiskTroubleException(String message, Path path, DiskProblem problem, IOException cause) {
        super(message, cause);
        this.path = path;
        this.problem = problem;
    }

    /// Writing (or creating) a file or folder failed.
    public static DiskTroubleException writing(Path path, IOException cause) {
        var problem = DiskProblem.of(cause);
        return new DiskTroubleException(
                "Cannot write " + path + ": " + problem.description() + " (" + DiskProblem.reason(cause) + ") — "
                        + problem.remedy(),
                path,
                problem,
                cause);
    }

    /// The data folder (or one of its parts) cannot hold a cluster; nothing was started.
    static DiskTroubleException dataFolder(Path path, DiskProblem problem, String detail, IOException cause) {
        return new DiskTroubleException(
                "Cannot use the data folder " + path + ": " + problem.description() + " (" + detail + ") — "
                        + problem.dataFolderRemedy(),
                path,
                problem,
                cause);
    }

    /// The folder or file that could not be written.
    public Path path() {
        return path;
    }

    public DiskProblem problem() {
        return problem;
    }
}
