package dev.orrery.runtime.export;

import dev.orrery.runtime.data.AtomicFileWriter;
import dev.orrery.runtime.data.DiskTroubleException;
import dev.orrery.runtime.data.FileMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The files of one export, held in memory so that they can be previewed before they are written.
///
/// @param notes what the user should know or do next
public record ExportBundle(List<ExportedFile> files, List<String> notes) {

    private static final Logger LOG = LoggerFactory.getLogger(ExportBundle.class);

    public ExportBundle {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /// The file at this relative path.
    public Optional<ExportedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /// Writes every file under `folder`, creating it; existing files of the same names are replaced, others are
    /// left alone. Secret files are readable by their owner only; the others by everyone, since a container's user
    /// must be able to read a mounted public key.
    ///
    /// @return the written files' paths
    /// @throws DiskTroubleException naming the file that could not be written; files written before it stay
    public List<Path> write(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw DiskTroubleException.writing(folder.toAbsolutePath(), e);
        }
        var written = files.stream().map(file -> write(folder, file)).toList();
        LOG.info("Wrote {} files to {}", written.size(), folder.toAbsolutePath());
        return written;
    }

    private static Path write(Path folder, ExportedFile file) {
        var target = folder.resolve(file.path());
        AtomicFileWriter.write(target, file.content(), file.secret() ? FileMode.OWNER_ONLY : FileMode.SHARED);
        return target;
    }
}
