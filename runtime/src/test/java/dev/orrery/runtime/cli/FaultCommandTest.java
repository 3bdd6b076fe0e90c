package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.FaultAction;
import dev.orrery.runtime.control.InstanceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultCommandTest {

    private static final ClusterStatus CLUSTER = new ClusterStatus(
            true,
            "RUNNING",
            "4-tokens",
            "/tmp/class",
            1L,
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8761",
            "mongo-java-server",
            "",
            List.of(
                    instance("database", "database"),
                    instance("registry", "registry"),
                    instance("gateway", "gateway"),
                    instance("heroes-service", "heroes-service-1"),
                    instance("heroes-service", "heroes-service-2"),
                    instance("threats-service", "threats-service-1")),
            List.of());

    @Test
    void pauseHintRepeatsTheDataFolder() {
        var done = FaultCommand.done(FaultAction.PAUSE, "heroes-service-1", 0, " --data /tmp/class");

        assertThat(done)
                .isEqualTo("Paused heroes-service-1 (SIGSTOP); 'orrery fault --data /tmp/class resume heroes-service-1'"
                        + " lets it run again.");
    }

    @Test
    void pauseHintInTheDefaultFolderNeedsNoDataOption() {
        assertThat(FaultCommand.done(FaultAction.PAUSE, "gateway", 0, "")).contains("'orrery fault resume gateway'");
    }

    @Test
    void slowAndFlakyOnTheInfrastructureNameTheServiceInstances() {
        for (var action : List.of(FaultAction.SLOW, FaultAction.FLAKY)) {
            assertThatThrownBy(() -> FaultCommand.refuseInfrastructure(action, "database", CLUSTER, " --data /tmp/c"))
                    .isInstanceOfSatisfying(CliException.class, e -> {
                        assertThat(e.getMessage())
                                .isEqualTo("'" + action.pathName() + "' applies only to service instances, not to the"
                                        + " registry, gateway or database ('database')");
                        assertThat(e.hint())
                                .startsWith("choose a service instance: heroes-service-1, heroes-service-2,"
                                        + " threats-service-1, e.g. 'orrery fault --data /tmp/c " + action.pathName())
                                .doesNotContain("orrery status");
                        assertThat(e.exitCode()).isEqualTo(CliErrors.USAGE);
                    });
        }
    }

    @Test
    void slowOnAServiceInstanceIsLeftToTheCluster() {
        assertThatNoException()
                .isThrownBy(() -> FaultCommand.refuseInfrastructure(FaultAction.SLOW, "heroes-service-1", CLUSTER, ""));
    }

    private static InstanceStatus instance(String component, String id) {
        return new InstanceStatus(component, id, "UP", 8000, 100L, null);
    }
}
