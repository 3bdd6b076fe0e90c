package dev.orrery.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderProbeTest {

    private static final DataFolderProbe PROBE = new DataFolderProbe(1);

    @TempDir
    Path temp;

    @Test
    void aWritableFolderIsCreatedAndKeepsNoProbeFile() throws IOException {
        var data = temp.resolve("new/data");
        Files.createDirectories(temp.resolve("existing/logs"));

        PROBE.verify(data);
        PROBE.verify(temp.resolve("existing"));

        assertThat(data).isEmptyDirectory();
        try (Stream<Path> files = Files.walk(temp.resolve("existing"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aReadOnlyFileSystemIsRefusedWithTheFolderAndWhatToDo() {
        var data = Path.of("/sys/orrery-never-created/data");

        assertThatThrownBy(() -> PROBE.verify(data)).isInstanceOfSatisfying(DiskTroubleException.class, e -> {
            assertThat(e.problem()).isEqualTo(DiskProblem.NOT_WRITABLE);
            assertThat(e.getMessage())
                    .startsWith("Cannot use the data folder " + data + ": it cannot be created or written")
                    .contains("--data DIR");
        });
        assertThat(data.getParent()).doesNotExist();
    }

    @Test
    void aFileInThePathIsRefusedAndNothingIsCreated() throws IOException {
        var file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> PROBE.verify(file.resolve("data")))
                .isInstanceOfSatisfying(
                        DiskTroubleException.class, e -> assertThat(e.problem()).isEqualTo(DiskProblem.NOT_A_FOLDER));
        assertThat(file).hasContent("x");
    }

    @Test
    void aPartThatIsAFileIsNamed() throws IOException {
        var data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("logs"), "x");

        assertThatThrownBy(() -> PROBE.verify(data)).isInstanceOfSatisfying(DiskTroubleException.class, e -> {
            assertThat(e.problem()).isEqualTo(DiskProblem.NOT_A_FOLDER);
            assertThat(e.path()).isEqualTo(data.resolve("logs"));
        });
    }

    @Test
    void tooLittleFreeSpaceIsAFullDiskAndTheCreatedFoldersAreRemoved() {
        var data = temp.resolve("new/deeper/data");
        var probe = new DataFolderProbe(Long.MAX_VALUE / (1024 * 1024));

        assertThatThrownBy(() -> probe.verify(data)).isInstanceOfSatisfying(DiskTroubleException.class, e -> {
            assertThat(e.problem()).isEqualTo(DiskProblem.FULL);
            assertThat(e.getMessage()).contains(data.toString(), "its disk is full", "MB free, at least", "free space");
        });
        assertThat(temp.resolve("new")).doesNotExist();
        assertThat(temp).exists();
    }

    @Test
    void theMinimumComesFromTheEnvironment() {
        assertThat(DataFolderProbe.minimumFrom(Map.of())).isEqualTo(DataFolderProbe.DEFAULT_MINIMUM_FREE_MB);
        assertThat(DataFolderProbe.minimumFrom(Map.of(DataFolderProbe.MINIMUM_FREE_VARIABLE, " 0 ")))
                .isZero();
        assertThat(DataFolderProbe.minimumFrom(Map.of(DataFolderProbe.MINIMUM_FREE_VARIABLE, "lots")))
                .isEqualTo(DataFolderProbe.DEFAULT_MINIMUM_FREE_MB);
        assertThat(DataFolderProbe.minimumFrom(Map.of(DataFolderProbe.MINIMUM_FREE_VARIABLE, "-5")))
                .isEqualTo(DataFolderProbe.DEFAULT_MINIMUM_FREE_MB);
    }
}
