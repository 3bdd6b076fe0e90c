package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/// A child runs in a session of its own, as the very process whose pid the supervisor holds, so that a terminal's
/// Ctrl+C reaches only the runtime.
class ProcessLauncherTest {

    @Test
    void wrapsTheCommandOnlyWithWhatTheSystemHas() {
        assertThat(new ProcessLauncher(false, false).wrap(List.of("sleep", "1")))
                .containsExactly("sleep", "1");
        assertThat(new ProcessLauncher(true, true).wrap(List.of("sleep", "1")))
                .containsExactly(
                        "/usr/bin/setpriv", "--pdeathsig", "KILL", "--", "/usr/bin/setsid", "--", "sleep", "1");
    }

    @Test
    void childHasItsOwnSessionAndKeepsItsPid() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux's /proc");
        try (var launcher = new ProcessLauncher()) {
            var child = new ProcessBuilder(launcher.wrap(List.of("sleep", "30"))).start();
            try {
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> command(child.pid()).equals("sleep"));

                assertThat(session(child.pid()))
                        .isEqualTo(child.pid())
                        .isNotEqualTo(session(ProcessHandle.current().pid()));
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static String command(long pid) throws IOException {
        return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
    }

    /// Field 6 of `/proc/<pid>/stat`, counted after the command name in parentheses (which may hold spaces).
    private static long session(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
