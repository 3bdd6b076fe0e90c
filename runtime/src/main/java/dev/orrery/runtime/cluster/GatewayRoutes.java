package dev.orrery.runtime.cluster;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The routes the gateway reports at `GET /orrery/routes`, re-read every few seconds, so that the snapshot shows the
/// gateway's real routes: also those of services that registered without being in the topology.
///
/// Until the gateway answers (or when it is an older one without that endpoint) the list is empty and the snapshot
/// shows the routes derived from the topology alone.
final class GatewayRoutes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final HttpClient http;
    private final URI endpoint;
    private final AtomicReference<List<Route>> latest = new AtomicReference<>(List.of());
    private volatile boolean running;
    private @Nullable Thread thread;

    /// @param gatewayUrl e.g. `http://127.0.0.1:8080`
    GatewayRoutes(HttpClient http, String gatewayUrl) {
        this.http = http;
        this.endpoint = URI.create(gatewayUrl.replaceAll("/$", "") + "/orrery/routes");
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("orrery-gateway-routes").start(this::loop);
    }

    /// The routes of the last answer; empty before the first.
    List<Route> latest() {
        return latest.get();
    }

    private void loop() {
        while (running) {
            readNow();
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readNow() {
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(2))
                .header("Accept", "application/json")
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                latest.set(parse(response.body()));
            }
        } catch (IOException e) {
            LOG.debug("Gateway routes not readable at {}: {}", endpoint, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /// Reads `{"routes": [{"routeId", "serviceId", "stripPrefix"}, …]}`; entries without an id or service are
    /// skipped.
    static List<Route> parse(String body) {
        try {
            var routes = new ArrayList<Route>();
            for (var node : JSON.readTree(body).path("routes")) {
                var id = node.path("routeId").asText("");
                var serviceId = node.path("serviceId").asText("");
                if (!id.isBlank() && !serviceId.isBlank()) {
                    routes.add(new Route(id, id, serviceId));
                }
            }
            return List.copyOf(routes);
        } catch (JacksonException e) {
            LOG.debug("Unreadable gateway routes: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
