package dev.orrery.runtime.cluster;

/// Ends a test's cluster so that no child process outlives the test, even when the cluster's own stop failed.
public final class ClusterTeardown {

    private ClusterTeardown() {}

    /// Closes `cluster`, then kills and waits for any process it had started that is still alive.
    public static void closeLeavingNothing(Cluster cluster) {
        var pids = cluster.snapshot().instances().stream()
                .flatMap(i -> i.pid().stream().boxed())
                .toList();
        cluster.close();
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        }));
    }
}
