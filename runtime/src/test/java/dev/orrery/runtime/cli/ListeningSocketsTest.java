package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/// The `/proc` reader behind the cluster IT's loopback check, on this JVM's own socket and on table lines.
class ListeningSocketsTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void findsThisProcesssLoopbackListener() throws Exception {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var listeners = ListeningSockets.of(ProcessHandle.current().pid());

            assertThat(listeners).anySatisfy(listener -> {
                assertThat(listener.port()).isEqualTo(socket.getLocalPort());
                assertThat(listener.address().isLoopbackAddress()).isTrue();
            });
        }
    }

    @Test
    void readsIpv4AndIpv6TableAddressesInHostOrder() throws Exception {
        assertThat(ListeningSockets.listener(1, "0100007F:1F90").address().getHostAddress())
                .isEqualTo("127.0.0.1");
        assertThat(ListeningSockets.listener(1, "0100007F:1F90").port()).isEqualTo(8080);
        assertThat(ListeningSockets.listener(1, "00000000:1F90").address().isLoopbackAddress())
                .isFalse();
        assertThat(ListeningSockets.listener(1, "00000000000000000000000001000000:0050")
                        .address()
                        .isLoopbackAddress())
                .isTrue();
        assertThat(ListeningSockets.listener(1, "0000000000000000FFFF00000100007F:0050")
                        .address()
                        .isLoopbackAddress())
                .isTrue();
        assertThat(ListeningSockets.listener(1, "00000000000000000000000000000000:0050")
                        .address()
                        .isLoopbackAddress())
                .isFalse();
    }
}
