package dev.orrery.runtime.control;

import com.sun.net.httpserver.HttpExchange;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The read side of the control API, for a console that attaches to a cluster it did not start:
/// `GET /snapshot`, `GET /events` (server-sent events, one [ClusterEvent] as JSON per `data:` line, starting with
/// the current state), `GET /instances/{id}/logs` and `GET /instances/{id}/log-file`.
final class ClusterFeed {
    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ClusterFeed.class);
    private static final Pattern INSTANCE_READ = Pattern.compile("/instances/([^/]+)/(logs|log-file)");
    private static final int STREAM_CAPACITY = 20_000;

    private final Cluster cluster;
    private final ClusterJson json = new ClusterJson();
    private volatile boolean closed;

    ClusterFeed(Cluster cluster) {
        this.cluster = cluster;
    }

    /// Whether this feed answers the request (a `GET` of one of its paths).
    static boolean serves(String method, String path) {
        return method.equals("GET")
                && (path.equals("/snapshot")
                        || path.equals("/events")
                        || INSTANCE_READ.matcher(path).matches());
    }

    void handle(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath();
        if (path.equals("/events")) {
            stream(exchange);
            return;
        }
        if (path.equals("/snapshot")) {
            respond(exchange, json.write(cluster.snapshot()));
            return;
        }
        var matcher = INSTANCE_READ.matcher(path);
        if (!matcher.matches()) {
            return;
        }
        var id = InstanceId.parse(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
        respond(
                exchange,
                matcher.group(2).equals("logs")
                        ? json.write(cluster.recentLogs(id))
                        : json.write(Map.of("path", cluster.logFile(id).toString())));
    }

    /// Ends every open event stream within [#KEEP_ALIVE].
    void close() {
        closed = true;
    }

    private void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<ClusterEvent> queue = new LinkedBlockingQueue<>(STREAM_CAPACITY);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (Subscription subscription = cluster.subscribe(queue::offer);
                OutputStream out = exchange.getResponseBody()) {
            pump(queue, out);
        } catch (IOException e) {
            LOG.debug("An event stream client went away: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(BlockingQueue<ClusterEvent> queue, OutputStream out) throws IOException, InterruptedException {
        out.write(": orrery cluster events\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (!closed) {
            var event = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
            var text = event == null ? ": keep-alive\n\n" : "data: " + json.write(event) + "\n\n";
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
