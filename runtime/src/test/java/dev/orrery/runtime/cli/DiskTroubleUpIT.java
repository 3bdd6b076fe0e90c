package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.data.DataFolderProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `orrery up` as a user runs it, on a data folder that cannot hold a cluster: one clear message naming the folder
/// and what to do, a non-zero exit code within seconds, and nothing started or created.
class DiskTroubleUpIT {

    @TempDir
    Path temp;

    @Test
    void aReadOnlyDataFolderIsRefusedBeforeAnythingStarts() throws Exception {
        var data = Path.of("/proc", "orrery-" + ProcessHandle.current().pid() + "-" + System.nanoTime(), "data");

        var result = up(data, Map.of());

        assertThat(result.code()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .startsWith("orrery up: Cannot use the data folder " + data.getParent())
                .contains("cannot be created or written", "--data DIR");
        assertClean(result, data);
    }

    @Test
    void aFullDiskIsRefusedBeforeAnythingStarts() throws Exception {
        var data = temp.resolve("new/data");

        var result = up(data, Map.of(DataFolderProbe.MINIMUM_FREE_VARIABLE, String.valueOf(Long.MAX_VALUE >> 20)));

        assertThat(result.code()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .startsWith("orrery up: Cannot use the data folder " + data)
                .contains("its disk is full", "MB free", "free space on that disk", "--data DIR");
        assertClean(result, temp.resolve("new"));
    }

    @Test
    void aFileInTheDataFolderPathIsRefusedBeforeAnythingStarts() throws Exception {
        var file = Files.writeString(temp.resolve("file"), "x");
        var data = file.resolve("data");

        var result = up(data, Map.of());

        assertThat(result.code()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .startsWith("orrery up: Cannot use the data folder " + data)
                .contains("a part of its path is a file", "--data DIR");
        assertThat(file).hasContent("x");
        assertClean(result, data);
    }

    private static void assertClean(Result result, Path notCreated) {
        assertThat(result.output()).doesNotContain("Exception", "\tat ", "Starting");
        assertThat(notCreated).doesNotExist();
        assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info().commandLine().orElse("").contains(notCreated.toString())))
                .as("processes that name the data folder")
                .isEmpty();
    }

    /// Runs `orrery up`; one that does not end by itself (it started a cluster after all) is killed with its children.
    private Result up(Path data, Map<String, String> environment) throws Exception {
        var output = temp.resolve("up-" + System.nanoTime() + ".out");
        var builder = OrreryProcess.orrery("up", "--data", data.toString(), "--topology", "2")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        try {
            var ended = process.waitFor(60, TimeUnit.SECONDS);
            var text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended)
                    .as("orrery up ended by itself; its output:%n%s", text)
                    .isTrue();
            return new Result(process.exitValue(), text);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Result(int code, String output) {}
}
