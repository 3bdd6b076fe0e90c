package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.InstanceStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DownCommandTest {

    @Test
    void theAnnouncementCountsTheInstancesTheTableListsNotTheSupervisingProcess() {
        var instances = IntStream.rangeClosed(1, 8)
                .mapToObj(n -> new InstanceStatus("svc", "svc-" + n, "UP", 8000 + n, 100L + n, null))
                .toList();

        assertThat(DownCommand.announcement(status(instances))).isEqualTo("Stopping cluster 'tokens' (8 instances)…");
    }

    @Test
    void instancesWithoutAProcessAreCountedAndTheRunningOnesNamed() {
        var instances = List.of(
                new InstanceStatus("web", "web-1", "UP", 8081, 101L, null),
                new InstanceStatus("broken", "broken-1", "CRASHED", 8082, null, 3));

        assertThat(DownCommand.announcement(status(instances)))
                .isEqualTo("Stopping cluster 'tokens' (2 instances, 1 running)…");
    }

    private static ClusterStatus status(List<InstanceStatus> instances) {
        return new ClusterStatus(true, "RUNNING", "tokens", "/tmp/data", 42, "", "", "", "", instances, List.of());
    }
}
