package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.topology.TopologyParser;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/// Fifty instances of a small command service (Python's web server on 127.0.0.1) start, all show in the snapshot,
/// and stop leaving no process behind. Prints the start time, the runtime's heap and thread count once all are UP.
class ScaleIT {

    private static final int INSTANCES = 50;

    @Test
    void fiftyCommandInstancesStartShowAndStopLeavingNoProcess() throws Exception {
        var data = Files.createTempDirectory("orrery-scale-it");
        var topology = new TopologyParser().parse("""
                name: scale
                services:
                  web:
                    kind: command
                    command: python3 -m http.server {port} --bind 127.0.0.1
                    instances: %d
                """.formatted(INSTANCES), "scale.yaml");
        var cluster = Cluster.create(ClusterConfig.of(new DataFolder(data), new ServiceDistribution(data, false))
                .withStopTimeout(Duration.ofSeconds(5)));
        List<Long> pids = List.of();
        try {
            var started = System.nanoTime();
            var snapshot = cluster.start(topology, StartOptions.defaults()).get(180, TimeUnit.SECONDS);
            var startMillis = (System.nanoTime() - started) / 1_000_000;
            pids = snapshot.instances().stream()
                    .flatMap(i -> i.pid().stream().boxed())
                    .toList();

            assertThat(snapshot.state()).isEqualTo(ClusterState.RUNNING);
            assertThat(snapshot.component("web").orElseThrow().instances()).hasSize(INSTANCES);
            assertThat(snapshot.instances()).hasSize(INSTANCES).allSatisfy(instance -> {
                assertThat(instance.state()).isEqualTo(InstanceState.UP);
                assertThat(instance.pid()).isPresent();
            });
            assertThat(pids).doesNotHaveDuplicates().hasSize(INSTANCES);
            report(startMillis);

            cluster.stop().get(180, TimeUnit.SECONDS);

            var stopped = pids;
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(stopped)
                            .noneMatch(pid -> ProcessHandle.of(pid)
                                    .map(ProcessHandle::isAlive)
                                    .orElse(false)));
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                    .as("processes left by the runtime")
                    .isEmpty();
        } finally {
            cluster.close();
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    private static void report(long startMillis) {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var threads = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.printf(
                "Scale: %d command instances UP in %d ms; runtime heap after GC %d MB used of %d MB committed;"
                        + " %d threads%n",
                INSTANCES, startMillis, heap.getUsed() >> 20, heap.getCommitted() >> 20, threads);
    }
}
