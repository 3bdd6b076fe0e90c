package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.data.DiskProblem;
import dev.orrery.runtime.data.DiskTroubleException;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import dev.orrery.runtime.topology.TopologyParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/// A cluster started in-process (as the console does) on a data folder that cannot be written fails with the
/// message the console shows, before any instance is planned or launched.
class DiskTroubleStartTest {

    @Test
    void aReadOnlyDataFolderFailsTheStartBeforeAnyInstanceExists() throws Exception {
        var data = Path.of("/proc", "orrery-" + ProcessHandle.current().pid(), "data");
        var topology = new TopologyParser().parse("""
                name: web
                services:
                  web:
                    kind: command
                    command: python3 -u -m http.server {port} --bind 127.0.0.1
                    readiness: {http: /}
                """, "web.yaml");
        var cluster = Cluster.create(ClusterConfig.of(new DataFolder(data), new ServiceDistribution(data, false))
                .withStopTimeout(Duration.ofSeconds(5)));
        try {
            assertThatThrownBy(() ->
                            cluster.start(topology, StartOptions.defaults()).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(DiskTroubleException.class, e -> {
                        assertThat(e.problem()).isEqualTo(DiskProblem.NOT_WRITABLE);
                        assertThat(e.getMessage()).startsWith("Cannot use the data folder " + data.getParent());
                    });

            assertThat(cluster.snapshot().instances()).isEmpty();
            assertThat(data.getParent()).doesNotExist();
        } finally {
            ClusterTeardown.closeLeavingNothing(cluster);
        }
    }
}
