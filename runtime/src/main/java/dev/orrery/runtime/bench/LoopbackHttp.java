package dev.orrery.runtime.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/// The benchmark's HTTP client: to 127.0.0.1 only, with the cluster's token, timing each call; GET, and POST of a
/// JSON body for the soak test's writes.
final class LoopbackHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final String token;

    LoopbackHttp(String token) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        this.token = token;
    }

    /// One answer: status (0 when the call failed), the serving instance, and the time it took.
    record Reply(int status, Optional<String> servedBy, long nanos) {

        boolean ok() {
            return status == 200;
        }

        boolean failed() {
            return status == 0 || status >= 500;
        }
    }

    Reply get(URI url) {
        var began = System.nanoTime();
        try {
            var response = client.send(request(url), HttpResponse.BodyHandlers.discarding());
            return reply(response, began);
        } catch (IOException e) {
            return new Reply(0, Optional.empty(), System.nanoTime() - began);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, Optional.empty(), System.nanoTime() - began);
        }
    }

    CompletableFuture<Reply> getAsync(URI url) {
        var began = System.nanoTime();
        return client.sendAsync(request(url), HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> reply(response, began))
                .exceptionally(_ -> new Reply(0, Optional.empty(), System.nanoTime() - began));
    }

    /// POSTs `json`; the reply's status is 0 when the call failed or timed out.
    CompletableFuture<Reply> postAsync(URI url, String json) {
        var began = System.nanoTime();
        var request = builder(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> reply(response, began))
                .exceptionally(_ -> new Reply(0, Optional.empty(), System.nanoTime() - began));
    }

    /// GETs `url` and returns its body, empty when the call failed or did not answer 200.
    Optional<String> body(URI url) {
        try {
            var response = client.send(builder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpRequest request(URI url) {
        return builder(url).GET().build();
    }

    private HttpRequest.Builder builder(URI url) {
        if (!"127.0.0.1".equals(url.getHost())) {
            throw new IllegalArgumentException("The benchmark only calls 127.0.0.1, not " + url);
        }
        return HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private static Reply reply(HttpResponse<?> response, long began) {
        return new Reply(
                response.statusCode(), response.headers().firstValue("X-Served-By"), System.nanoTime() - began);
    }
}
