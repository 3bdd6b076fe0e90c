package dev.orrery.support.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// Sends bad requests to a service on 127.0.0.1 and checks that each is refused with a 4xx problem body that names no
/// Java class and holds no stack trace, and that the service stays healthy.
public final class BadInputCheck {

    /// Words that only appear when an exception or the implementation leaks into an answer.
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "java.",
            "javax.",
            "jakarta.",
            "org.springframework",
            "tools.jackson",
            "com.fasterxml",
            "org.apache",
            "dev.orrery.",
            "\"trace\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Optional<String> token;

    public BadInputCheck(int port) {
        this(port, Optional.empty());
    }

    /// Sends `Authorization: Bearer <token>` with every request, so that refusals are about the input, not access.
    public BadInputCheck(int port, Optional<String> token) {
        this.port = port;
        this.token = token;
    }

    /// Every request gets a 4xx problem; all answers are checked before the first failure is reported.
    public void assertAllRefusedWithProblems(List<BadRequest> requests) {
        var softly = new SoftAssertions();
        for (var request : requests) {
            checkOne(softly, request);
        }
        softly.assertAll();
    }

    public void assertHealthy() {
        var health = send(BadRequest.bare("health", "GET", "/actuator/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
    }

    private void checkOne(SoftAssertions softly, BadRequest request) {
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (IllegalStateException e) {
            softly.fail("%s: no answer (%s)", request, e.getMessage());
            return;
        }
        var body = response.body();
        softly.assertThat(response.statusCode())
                .as("status of %s; body %s", request, brief(body))
                .isBetween(400, 499);
        softly.assertThat(response.headers().firstValue("Content-Type"))
                .as("content type of %s", request)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        if (request.chunked()) {
            // The body may be left unread; the connection is then closed, and the client must be told so.
            softly.assertThat(response.headers().firstValue("Connection"))
                    .as("Connection header of %s", request)
                    .hasValue("close");
        }
        LEAKS.stream()
                .filter(body::contains)
                .forEach(leak -> softly.fail("%s: the body names '%s': %s", request, leak, brief(body)));
        problem(body)
                .ifPresentOrElse(
                        problem -> {
                            softly.assertThat(problem.path("type").asString(""))
                                    .as("type of %s", request)
                                    .startsWith("urn:orrery:problem:");
                            softly.assertThat(problem.path("status").asInt())
                                    .as("status field of %s", request)
                                    .isEqualTo(response.statusCode());
                            softly.assertThat(problem.path("detail").asString(""))
                                    .as("detail of %s", request)
                                    .isNotBlank();
                        },
                        () -> softly.fail("%s: the body is not a JSON object: %s", request, brief(body)));
    }

    private static Optional<JsonNode> problem(String body) {
        try {
            var node = JSON.readTree(body);
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private HttpResponse<String> send(BadRequest request) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), publisher(request));
        request.contentType().ifPresent(type -> builder.header("Content-Type", type));
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(BadRequest request) {
        var bytes = HttpRequest.BodyPublishers.ofByteArray(request.body());
        // A publisher of unknown length makes the client send the body in chunks.
        return request.chunked() ? HttpRequest.BodyPublishers.fromPublisher(bytes) : bytes;
    }

    private static String brief(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
