package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.cluster.ClusterStartException;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.supervisor.PortConflict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/// The console says which ports are taken and where "Start on free ports" would run what, without the command
/// line's options.
class FreePortsTest {

    @Test
    void namesTheTakenPortsTheirHoldersAndTheFreePorts() {
        var refused = ClusterStartException.ofPorts(List.of(
                new PortConflict(
                        8761,
                        "registry",
                        OptionalLong.of(42),
                        Optional.of("python3"),
                        OptionalInt.of(8771),
                        "try --registry-port 8771"),
                new PortConflict(
                        8080, "gateway", OptionalLong.empty(), Optional.empty(), OptionalInt.of(8090), "try -x")));
        var options = refused.onFreePorts(StartOptions.defaults()).orElseThrow();

        var text = new FreePorts(refused, options).explained();

        assertThat(text)
                .isEqualTo("Nothing was started: port 8761 (registry) is in use by pid 42 python3; port 8080 (gateway)"
                        + " is in use. Start on free ports to run the registry on 8771, the gateway on 8090 instead,"
                        + " or stop what holds the ports and start again.")
                .doesNotContain("--");
    }
}
