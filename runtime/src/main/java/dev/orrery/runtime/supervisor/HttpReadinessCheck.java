package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/// Ready when a GET answers 2xx, and, for an actuator health endpoint, its body says `"status":"UP"`.
final class HttpReadinessCheck implements ReadinessCheck {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final HttpClient client;
    private final URI uri;
    private final boolean expectStatusUp;

    HttpReadinessCheck(HttpClient client, URI uri, boolean expectStatusUp) {
        this.client = client;
        this.uri = uri;
        this.expectStatusUp = expectStatusUp;
    }

    @Override
    public boolean isReady() {
        var request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            var ok = response.statusCode() / 100 == 2;
            return ok && (!expectStatusUp || STATUS_UP.matcher(response.body()).find());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String describe() {
        return "GET " + uri;
    }
}
