package dev.orrery.runtime.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The control API of a running cluster: HTTP on 127.0.0.1 at a random port, every request authenticated with
/// `Authorization: Bearer <secret>`; port and secret are published in `run/control.json` (owner-only).
///
/// `GET /status`, `POST /stop`, `POST /reset`, `POST /instances/{id}/{start|stop|restart|kill}`,
/// `POST /services/{id}/scale?count=N`. Answers are JSON; errors are `{"error": "…"}` with 400, 401, 404 or 409.
/// When the actions offer the cluster itself, [ClusterFeed] adds the read side an attached console follows:
/// `GET /snapshot`, `GET /events`, `GET /instances/{id}/logs` and `GET /instances/{id}/log-file`.
public final class ControlServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RunFiles files;
    private final byte[] expectedAuthorization;
    private final ControlRoutes routes;
    private final Optional<ClusterFeed> feed;

    private ControlServer(HttpServer server, RunFiles files, String secret, ControlActions actions) {
        this.server = server;
        this.files = files;
        this.expectedAuthorization = ("Bearer " + secret).getBytes(StandardCharsets.US_ASCII);
        this.routes = new ControlRoutes(actions);
        this.feed = actions.observedCluster().map(ClusterFeed::new);
    }

    /// Starts serving and writes `control.json`; the caller must hold the [ClusterLock].
    public static ControlServer start(RunFiles files, ControlActions actions) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            String secret = newSecret();
            ControlServer control = new ControlServer(http, files, secret, actions);
            http.createContext("/", control::handle);
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            new ControlEndpoint(control.port(), secret, ProcessHandle.current().pid()).writeTo(files.controlFile());
            LOG.info("Control API on 127.0.0.1:{} (secret in {})", control.port(), files.controlFile());
            return control;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the control API on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        feed.ifPresent(ClusterFeed::close);
        server.stop(0);
        try {
            Files.deleteIfExists(files.controlFile());
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", files.controlFile(), e.getMessage());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange)) {
                respond(exchange, 401, Map.of("error", "missing or wrong control secret (see run/control.json)"));
                return;
            }
            var method = exchange.getRequestMethod();
            if (feed.isPresent()
                    && ClusterFeed.serves(method, exchange.getRequestURI().getPath())) {
                feed.get().handle(exchange);
                return;
            }
            ControlRoutes.Answer answer = routes.dispatch(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery());
            respond(exchange, answer.status(), answer.body());
        }
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expectedAuthorization);
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
