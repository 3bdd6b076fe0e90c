package dev.orrery.installer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Every process that ever ran below one root process, with its command line: sampled while the root runs, so
/// that children which outlive it (re-parented to init) are still known and can be checked for and killed.
final class ProcessTrail {

    private final ProcessHandle root;
    private final Map<ProcessHandle, String> seen = new ConcurrentHashMap<>();

    ProcessTrail(ProcessHandle root) {
        this.root = root;
    }

    /// Records the root's current descendants; returns `true` while the root is still running.
    boolean sample() {
        root.descendants()
                .forEach(p -> seen.putIfAbsent(p, p.info().commandLine().orElse("?")));
        return root.isAlive();
    }

    /// The command lines of every process seen so far.
    List<String> commandLines() {
        return List.copyOf(seen.values());
    }

    /// Processes seen earlier that are still alive (a handle compares start times, so a reused PID is no match).
    List<String> survivors() {
        return seen.entrySet().stream()
                .filter(e -> e.getKey().isAlive())
                .map(e -> e.getKey().pid() + " " + e.getValue())
                .toList();
    }

    /// Kills whatever is still alive, root included: the test must leave nothing behind, even when it fails.
    void killAll() {
        sample();
        seen.keySet().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }
}
