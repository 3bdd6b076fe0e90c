package dev.orrery.runtime.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/// Sets and clears the slow and flaky faults of one service instance through its control endpoint
/// (`/orrery-control/fault` on the instance's own port, with the cluster's control secret).
public final class ServiceFaultClient {

    /// The endpoint's path on every built-in service.
    public static final String PATH = "/orrery-control/fault";
    /// The header that carries the control secret.
    public static final String SECRET_HEADER = "X-Orrery-Control-Secret";

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final ControlSecretFile secret;

    public ServiceFaultClient(HttpClient http, ControlSecretFile secret) {
        this.http = http;
        this.secret = secret;
    }

    /// Makes the instance on this port answer with the given latency and failure share (both 0: healthy again).
    public void apply(int port, long latencyMs, double failureShare) {
        var body = String.format(Locale.ROOT, "{\"latencyMs\": %d, \"failureShare\": %s}", latencyMs, failureShare);
        send(port, "POST", HttpRequest.BodyPublishers.ofString(body));
    }

    public void clear(int port) {
        send(port, "DELETE", HttpRequest.BodyPublishers.noBody());
    }

    private void send(int port, String method, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                .timeout(TIMEOUT)
                .header(SECRET_HEADER, secret.secret())
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The instance on port " + port + " did not answer its fault control" + " endpoint ("
                            + e.getMessage() + "); is it paused or down?",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting a fault on port " + port, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The instance on port " + port + " refused the fault ("
                    + response.statusCode() + "): " + response.body());
        }
    }
}
