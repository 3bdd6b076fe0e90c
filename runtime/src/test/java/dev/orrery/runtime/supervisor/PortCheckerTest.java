package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortCheckerTest {

    private final PortChecker checker = new PortChecker(new PortOwners());

    @Test
    void takenPortIsNamedWithItsOwnerAndAFreeAlternative() throws IOException {
        try (var occupied = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var port = occupied.getLocalPort();

            var conflicts = checker.check(List.of(new PortClaim(port, "gateway", "--gateway-port")));

            assertThat(conflicts).hasSize(1);
            var conflict = conflicts.getFirst();
            assertThat(conflict.pid()).hasValue(ProcessHandle.current().pid());
            assertThat(conflict.suggestion()).isPresent();
            assertThat(conflict.message())
                    .startsWith("port " + port + " (gateway) is in use by pid "
                            + ProcessHandle.current().pid())
                    .contains("java")
                    .endsWith("try --gateway-port " + conflict.suggestion().getAsInt());
        }
    }

    @Test
    void portOfAJustStoppedServerIsFreeDespiteConnectionsInTimeWait() throws IOException {
        int port;
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                var client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            port = server.getLocalPort();
            // The side that closes first keeps the connection in TIME_WAIT: here the server's end, on its port.
            server.accept().close();
            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }

        assertThat(PortChecker.isFree(port)).isTrue();
    }

    @Test
    void freePortsPass() {
        var port = PortChecker.freePort(Set.of());

        assertThat(checker.check(List.of(new PortClaim(port, "registry", "--registry-port"))))
                .isEmpty();
    }
}
