package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// Sends SIGSTOP and SIGCONT, which the JDK's process API cannot, through the system's `kill` command. Works where a
/// POSIX `kill` exists (Linux, macOS); elsewhere pausing a process is refused with a message that says so.
final class ProcessSignals {

    private static final List<Path> KILL = List.of(Path.of("/bin/kill"), Path.of("/usr/bin/kill"));

    private ProcessSignals() {}

    /// Stops (`STOP`) or continues (`CONT`) the process and its descendants; children first on stop, so that none
    /// keeps running under a frozen parent, and the parent first on continue.
    static void send(String signal, Process process) {
        var pids = new ArrayList<Long>();
        var descendants = process.descendants().map(ProcessHandle::pid).toList();
        if (signal.equals("STOP")) {
            pids.addAll(descendants);
            pids.add(process.pid());
        } else {
            pids.add(process.pid());
            pids.addAll(descendants);
        }
        run(signal, pids);
    }

    private static void run(String signal, List<Long> pids) {
        var kill = KILL.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Cannot send SIG" + signal + ": no 'kill' command at " + KILL + " on this system"));
        var command = new ArrayList<String>(List.of(kill.toString(), "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        try {
            var sender = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!sender.waitFor(5, TimeUnit.SECONDS)) {
                sender.destroyForcibly();
                throw new IllegalStateException("'kill -" + signal + "' did not finish within 5 s");
            }
            if (sender.exitValue() != 0) {
                var output = new String(sender.getInputStream().readAllBytes()).strip();
                throw new IllegalStateException("'kill -" + signal + " " + pids + "' failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot send SIG" + signal + " to " + pids + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending SIG" + signal, e);
        }
    }
}
