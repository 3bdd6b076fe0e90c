package dev.orrery.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.data.DiskTroubleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterLockTest {
    @TempDir
    Path data;

    @Test
    void secondRunFromTheSameFolderIsRefusedWithFolderAndPid() {
        RunFiles files = RunFiles.of(data);
        try (ClusterLock first = ClusterLock.acquire(files)) {
            assertThat(ClusterLock.isHeld(files)).isTrue();

            assertThatThrownBy(() -> ClusterLock.acquire(files))
                    .isInstanceOf(ClusterAlreadyRunningException.class)
                    .hasMessage("a cluster is already running from "
                            + data.toAbsolutePath().normalize() + " (pid "
                            + ProcessHandle.current().pid() + "); use `orrery status` or `orrery down`");
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsRefusedBeforeTheLockFileExists() throws Exception {
        var blocker = Files.writeString(data.resolve("not-a-folder"), "x");
        RunFiles files = RunFiles.of(blocker.resolve("data"));

        assertThatThrownBy(() -> ClusterLock.acquire(files))
                .isInstanceOf(DiskTroubleException.class)
                .hasMessageStartingWith("Cannot use the data folder " + files.dataFolder())
                .hasMessageContaining("--data DIR");
        assertThat(blocker).hasContent("x");
    }

    @Test
    void lockIsFreeAgainAfterRelease() {
        RunFiles files = RunFiles.of(data);
        ClusterLock.acquire(files).close();

        assertThat(ClusterLock.isHeld(files)).isFalse();
        ClusterLock.acquire(files).close();
    }

    @Test
    void staleControlFileOfACrashedRunIsIgnoredAndRemoved() throws Exception {
        RunFiles files = RunFiles.of(data);
        Files.createDirectories(files.runFolder());
        new ControlEndpoint(1, "old-secret", 999_999).writeTo(files.controlFile());

        assertThat(ControlClient.find(files, Duration.ofSeconds(1))).isEmpty();
        assertThat(files.controlFile()).doesNotExist();
    }

    @Test
    void takingTheLockAlsoClearsAStaleControlFile() throws Exception {
        RunFiles files = RunFiles.of(data);
        Files.createDirectories(files.runFolder());
        new ControlEndpoint(1, "old-secret", 999_999).writeTo(files.controlFile());

        try (ClusterLock lock = ClusterLock.acquire(files)) {
            assertThat(files.controlFile()).doesNotExist();
        }
    }
}
