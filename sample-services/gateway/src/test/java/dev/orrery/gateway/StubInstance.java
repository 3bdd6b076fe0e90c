package dev.orrery.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;

/// A stand-in instance on 127.0.0.1: answers every request with `X-Served-By` and a JSON echo of what it got.
final class StubInstance implements AutoCloseable {

    private final HttpServer server;
    private final String instanceId;

    StubInstance(String instanceId) throws IOException {
        this.instanceId = instanceId;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                    .orElse("");
            var echo = "{\"path\":\"%s\",\"query\":\"%s\",\"authorization\":\"%s\",\"body\":\"%s\"}"
                    .formatted(
                            exchange.getRequestURI().getRawPath(),
                            Optional.ofNullable(exchange.getRequestURI().getRawQuery())
                                    .orElse(""),
                            authorization,
                            body.replace("\"", "'"));
            var bytes = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Served-By", instanceId);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String instanceId() {
        return instanceId;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
