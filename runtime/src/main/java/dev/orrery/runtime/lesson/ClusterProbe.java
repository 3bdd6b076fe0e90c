package dev.orrery.runtime.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/// Sends the small requests lesson checks use to look at the cluster: short time-outs, loopback addresses only,
/// never an exception for a request that got no answer.
final class ClusterProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /// The status and body of `GET url`, or empty when nothing answered.
    Optional<Answer> get(String url, Optional<String> token) {
        var request = HttpRequest.newBuilder(loopback(url)).timeout(TIMEOUT).GET();
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return send(request.build());
    }

    /// The status and body of `POST url` with a JSON body, or empty when nothing answered.
    Optional<Answer> postJson(String url, String json) {
        var request = HttpRequest.newBuilder(loopback(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    private Optional<Answer> send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static URI loopback(String url) {
        var uri = URI.create(url);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("lesson checks only look at this machine, not " + uri.getHost());
        }
        return uri;
    }

    record Answer(int status, String body) {}
}
