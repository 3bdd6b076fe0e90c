package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/// Ready when the port on 127.0.0.1 accepts a connection.
final class PortOpenCheck implements ReadinessCheck {

    private static final int TIMEOUT_MILLIS = 500;

    private final int port;

    PortOpenCheck(int port) {
        this.port = port;
    }

    @Override
    public boolean isReady() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "port " + port + " open";
    }
}
