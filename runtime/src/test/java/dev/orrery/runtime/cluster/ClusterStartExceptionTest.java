package dev.orrery.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.supervisor.PortConflict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/// A start refused for taken ports can be repeated on the free ports found meanwhile, when options can move them.
class ClusterStartExceptionTest {

    @Test
    void movesTheRegistryGatewayAndDatabaseToTheSuggestedPorts() {
        var refused = ClusterStartException.ofPorts(List.of(
                conflict(8761, "registry", OptionalInt.of(8771)),
                conflict(8080, "gateway", OptionalInt.of(8090)),
                conflict(27017, "database", OptionalInt.of(27027))));

        var moved = refused.onFreePorts(StartOptions.defaults()).orElseThrow();

        assertThat(moved.registryPort()).hasValue(8771);
        assertThat(moved.gatewayPort()).hasValue(8090);
        assertThat(moved.databasePort()).hasValue(27027);
        assertThat(moved.readyTimeout()).isEqualTo(StartOptions.DEFAULT_READY_TIMEOUT);
    }

    @Test
    void keepsWhatWasNotTaken() {
        var refused = ClusterStartException.ofPorts(List.of(conflict(8080, "gateway", OptionalInt.of(8090))));

        var moved = refused.onFreePorts(StartOptions.defaults().withRegistryPort(9000))
                .orElseThrow();

        assertThat(moved.registryPort()).hasValue(9000);
        assertThat(moved.gatewayPort()).hasValue(8090);
        assertThat(moved.databasePort()).isEmpty();
    }

    @Test
    void cannotMoveAServicesOwnPortOrAPortWithoutAFreeOne() {
        var servicePort = ClusterStartException.ofPorts(List.of(
                conflict(8761, "registry", OptionalInt.of(8771)),
                conflict(3000, "heroes-service", OptionalInt.of(3010))));
        var noneFree = ClusterStartException.ofPorts(List.of(conflict(8080, "gateway", OptionalInt.empty())));
        var notAboutPorts = new ClusterStartException("Nothing was started: the token keys are not available");

        assertThat(servicePort.onFreePorts(StartOptions.defaults())).isEmpty();
        assertThat(noneFree.onFreePorts(StartOptions.defaults())).isEmpty();
        assertThat(notAboutPorts.onFreePorts(StartOptions.defaults())).isEmpty();
    }

    @Test
    void namesTheHolderWithAndWithoutTheCommandLineHint() {
        var conflict = new PortConflict(
                8080, "gateway", OptionalLong.of(1234), Optional.of("python3"), OptionalInt.of(8090), "try it");

        assertThat(conflict.taken()).isEqualTo("port 8080 (gateway) is in use by pid 1234 python3");
        assertThat(conflict.message()).isEqualTo("port 8080 (gateway) is in use by pid 1234 python3 — try it");
    }

    private static PortConflict conflict(int port, String owner, OptionalInt suggestion) {
        return new PortConflict(port, owner, OptionalLong.empty(), Optional.empty(), suggestion, "try another");
    }
}
