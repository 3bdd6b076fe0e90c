package dev.orrery.threats.assignment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/// A stand-in for heroes-service's `POST /hero/{id}` on a random 127.0.0.1 port: heroes 1…4, claimed atomically.
public final class FakeHeroesService implements AutoCloseable {

    private final HttpServer server;
    private final Map<Integer, AtomicBoolean> busy = new ConcurrentHashMap<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    public FakeHeroesService() throws IOException {
        for (int id = 1; id <= 4; id++) {
            busy.put(id, new AtomicBoolean());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hero/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> bodies() {
        return bodies;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    public void release(int id) {
        busy.get(id).set(false);
    }

    private void handle(HttpExchange exchange) throws IOException {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "" : authorization);
        int id = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hero/".length()));
        AtomicBoolean hero = busy.get(id);
        int status = hero == null ? 404 : hero.compareAndSet(false, true) ? 202 : 409;
        byte[] body = ("{\"id\":" + id + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
