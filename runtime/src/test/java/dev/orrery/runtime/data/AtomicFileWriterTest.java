package dev.orrery.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path temp;

    @Test
    void replacesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        var file = temp.resolve("nested/topology.yaml");

        AtomicFileWriter.write(file, "a much longer first content\n", FileMode.SHARED);
        AtomicFileWriter.write(file, "short\n", FileMode.SHARED);

        assertThat(file).hasContent("short");
        assertThat(names(file.getParent())).containsExactly("topology.yaml");
    }

    @Test
    void aFailureMidwayKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        var file = temp.resolve("users.json");
        AtomicFileWriter.write(file, "old users", FileMode.OWNER_ONLY);
        var writer = new AtomicFileWriter(TempFileMaker.SYSTEM);

        assertThatThrownBy(() -> writer.replace(file, FileMode.OWNER_ONLY, out -> {
                    out.write("new users, half of th".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))
                .isInstanceOfSatisfying(DiskTroubleException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DiskProblem.FULL);
                    assertThat(e.path()).isEqualTo(file);
                    assertThat(e.getMessage()).contains(file.toString(), "disk is full", "free space");
                });

        assertThat(file).hasContent("old users");
        assertThat(names(temp)).containsExactly("users.json");
    }

    @Test
    void aFullDiskKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        assumeThat(DEV_FULL).exists();
        var file = temp.resolve("private.pem");
        AtomicFileWriter.write(file, "old key", FileMode.OWNER_ONLY);
        // Every write to /dev/full fails with ENOSPC, as on a full disk.
        var writer = new AtomicFileWriter(
                (folder, name, mode) -> Files.createSymbolicLink(folder.resolve("." + name + ".tmp"), DEV_FULL));

        assertThatThrownBy(() -> writer.replace(file, FileMode.OWNER_ONLY, out -> out.write(new byte[8192])))
                .isInstanceOfSatisfying(DiskTroubleException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DiskProblem.FULL);
                    assertThat(e.getMessage())
                            .startsWith("Cannot write " + file)
                            .contains("No space left on device");
                });

        assertThat(file).hasContent("old key");
        assertThat(names(temp)).containsExactly("private.pem");
        assertThat(DEV_FULL).exists();
    }

    @Test
    void secretsAreOwnerOnlyFromTheirCreationOn() throws IOException {
        var seen = new ArrayList<String>();
        var writer = new AtomicFileWriter((folder, name, mode) -> {
            var created = TempFileMaker.SYSTEM.create(folder, name, mode);
            seen.add(permissions(created));
            return created;
        });
        var secret = temp.resolve("control-secret");
        var shared = temp.resolve("deployment.yaml");

        writer.replace(secret, FileMode.OWNER_ONLY, out -> out.write(1));
        writer.replace(shared, FileMode.SHARED, out -> out.write(1));

        assertThat(seen).containsExactly("rw-------", "rw-r--r--");
        assertThat(permissions(secret)).isEqualTo("rw-------");
        assertThat(permissions(shared)).isEqualTo("rw-r--r--");
    }

    @Test
    void aCopyReplacesTheTargetAsAProgram() throws IOException {
        var source = Files.writeString(temp.resolve("source"), "#!/bin/sh\n");
        var target = temp.resolve("engine/mongod");

        AtomicFileWriter.copy(source, target, FileMode.OWNER_PROGRAM);

        assertThat(target).hasContent("#!/bin/sh");
        assertThat(permissions(target)).isEqualTo("rwx------");
    }

    @Test
    void aReadOnlyFileSystemIsNamedWithTheFile() {
        var file = Path.of("/proc/orrery-never-created/keys/private.pem");

        assertThatThrownBy(() -> AtomicFileWriter.write(file, "x", FileMode.OWNER_ONLY))
                .isInstanceOfSatisfying(DiskTroubleException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DiskProblem.NOT_WRITABLE);
                    assertThat(e.getMessage()).contains(file.toString(), "choose a folder you can write");
                });
        assertThat(file.getParent().getParent()).doesNotExist();
    }

    @Test
    void aFileWhereAFolderBelongsIsNamed() throws IOException {
        var blocker = Files.writeString(temp.resolve("keys"), "not a folder");

        assertThatThrownBy(() -> AtomicFileWriter.write(blocker.resolve("private.pem"), "x", FileMode.OWNER_ONLY))
                .isInstanceOfSatisfying(
                        DiskTroubleException.class, e -> assertThat(e.problem()).isEqualTo(DiskProblem.NOT_A_FOLDER));
        assertThat(blocker).hasContent("not a folder");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
