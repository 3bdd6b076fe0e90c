package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.topology.RestartPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A real child process whose log file and pid file cannot be written (the log file is a link to `/dev/full`, which
/// fails every write with "No space left on device"; the pid folder lies below a regular file): it comes UP and keeps
/// running, its output stays readable in memory, and the trouble is said once, in its log.
class FullDiskWhileRunningIT {

    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path temp;

    @Test
    void anInstanceKeepsRunningAndSaysItsLogFileCannotBeWritten() throws Exception {
        assumeThat(DEV_FULL).exists();
        var id = InstanceId.of("chatty", 1);
        var logFile = Files.createSymbolicLink(temp.resolve(id + ".log"), DEV_FULL);
        var pidFolder = Files.writeString(temp.resolve("run"), "a file where the run folder belongs")
                .resolve("run");
        var marker = "orrery-full-disk-" + ProcessHandle.current().pid();
        var spec = new ProcessSpec(
                id,
                0,
                List.of("sh", "-c", "i=0; while true; do echo line $i; i=$((i+1)); sleep 0.05; done", marker),
                Map.of(),
                temp,
                () -> true,
                Duration.ofSeconds(30),
                3,
                RestartPolicy.DEFAULT,
                marker);
        var observed = new CopyOnWriteArrayList<LogLine>();
        try (var launcher = new ProcessLauncher()) {
            var process = new SupervisedProcess(
                    spec,
                    launcher,
                    new Recorder(observed),
                    new PidFiles(pidFolder),
                    new RotatingLogFile(logFile, RotatingLogFile.DEFAULT_MAX_BYTES, 2),
                    Duration.ofSeconds(5));
            try {
                process.start().get(60, TimeUnit.SECONDS);

                await().atMost(Duration.ofSeconds(60))
                        .until(() -> process.recentLines().stream()
                                .anyMatch(l -> l.text().equals("line 40")));

                assertThat(process.state()).isEqualTo(InstanceState.UP);
                var notices = observed.stream()
                        .filter(l -> l.text().startsWith("[orrery] Cannot write the log file"))
                        .toList();
                assertThat(notices).hasSize(1);
                assertThat(notices.getFirst().text()).contains(logFile.toString(), "disk is full", "keeps running");
                assertThat(process.recentLines()).contains(notices.getFirst());
            } finally {
                try {
                    process.stop().get(30, TimeUnit.SECONDS);
                } finally {
                    ProcessHandle.allProcesses()
                            .filter(p -> p.info().commandLine().orElse("").contains(marker))
                            .forEach(ProcessHandle::destroyForcibly);
                }
            }
            assertThat(process.state()).isEqualTo(InstanceState.STOPPED);
        }
        assertThat(DEV_FULL).exists();
    }

    private record Recorder(List<LogLine> lines) implements InstanceObserver {
        @Override
        public void stateChanged(InstanceTransition transition) {}

        @Override
        public void logged(InstanceId id, LogLine line) {
            lines.add(line);
        }
    }
}
