package dev.orrery.runtime.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/// The benchmark's HTTP client: GET only, to 127.0.0.1 only, with the cluster's token, timing each call.
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

    private HttpRequest request(URI url) {
        if (!"127.0.0.1".equals(url.getHost())) {
            throw new IllegalArgumentException("The benchmark only calls 127.0.0.1, not " + url);
        }
        return HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static Reply reply(HttpResponse<?> response, long began) {
        return new Reply(
                response.statusCode(), response.headers().firstValue("X-Served-By"), System.nanoTime() - began);
    }
}
