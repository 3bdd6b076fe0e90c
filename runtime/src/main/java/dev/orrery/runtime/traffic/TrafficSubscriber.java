package dev.orrery.runtime.traffic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Follows the gateway's `GET /orrery/traffic` server-sent event stream, reconnecting whenever it ends (the
/// gateway restarted or is not up yet), and reports every routed request plus, once a second, the per-edge
/// aggregates of the last finished second.
public final class TrafficSubscriber implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrafficSubscriber.class);
    private static final Duration RECONNECT = Duration.ofMillis(500);

    private final HttpClient http;
    private final URI stream;
    private final Consumer<TrafficEvent> onRequest;
    private final Consumer<List<EdgeStats>> onSecond;
    private final TrafficEventParser parser = new TrafficEventParser();
    private final TrafficAggregator aggregator = new TrafficAggregator();
    private volatile boolean running;
    private @Nullable Thread reader;
    private @Nullable Thread ticker;

    /// @param gatewayUrl e.g. `http://127.0.0.1:8080`
    public TrafficSubscriber(
            HttpClient http, String gatewayUrl, Consumer<TrafficEvent> onRequest, Consumer<List<EdgeStats>> onSecond) {
        this.http = http;
        this.stream = URI.create(gatewayUrl.replaceAll("/$", "") + "/orrery/traffic");
        this.onRequest = onRequest;
        this.onSecond = onSecond;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        reader = Thread.ofVirtual().name("orrery-traffic").start(this::follow);
        ticker = Thread.ofVirtual().name("orrery-traffic-seconds").start(this::tick);
    }

    private void follow() {
        while (running) {
            try {
                read();
            } catch (IOException e) {
                LOG.debug("Traffic stream {} ended: {}", stream, e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
            if (!sleep(RECONNECT)) {
                return;
            }
        }
    }

    private void read() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            return;
        }
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            var data = new StringBuilder();
            String line;
            while (running && (line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    dispatch(data.toString());
                    data.setLength(0);
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n")
                            .append(line.substring(5).stripLeading());
                }
            }
        }
    }

    private void dispatch(String data) {
        if (data.isEmpty()) {
            return;
        }
        parser.parse(data).ifPresent(event -> {
            aggregator.add(event);
            onRequest.accept(event);
        });
    }

    private void tick() {
        while (running && sleep(Duration.ofMillis(1000 - Instant.now().toEpochMilli() % 1000 + 5))) {
            var stats = aggregator.drain(Instant.now());
            if (!stats.isEmpty()) {
                onSecond.accept(stats);
            }
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (reader != null) {
            reader.interrupt();
        }
        if (ticker != null) {
            ticker.interrupt();
        }
    }
}
