package dev.orrery.runtime.request;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/// Sends [HttpCall]s with the JDK's HTTP client and measures them.
///
/// Only loopback addresses are allowed unless built with `allowRemote`; failures are reported as
/// [RequestFailedException] with what to check.
public final class RequestSender {
    private final HttpClient client;
    private final Duration timeout;
    private final boolean allowRemote;

    public RequestSender(HttpClient client, Duration timeout, boolean allowRemote) {
        this.client = client;
        this.timeout = timeout;
        this.allowRemote = allowRemote;
    }

    public static RequestSender local(Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new RequestSender(client, timeout, false);
    }

    public HttpReply send(HttpCall call) {
        if (!allowRemote) {
            RequestTarget.requireLoopback(call.url());
        }

        HttpRequest request = toRequest(call);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Optional<String> servedBy = response.headers().firstValue(HttpReply.SERVED_BY);
            return new HttpReply(response.statusCode(), response.headers().map(), response.body(), elapsed, servedBy);
        } catch (HttpTimeoutException e) {
            throw new RequestFailedException(
                    call.method() + " " + call.url() + " got no answer within " + timeout.toSeconds()
                            + " s; is the instance overloaded or stuck?",
                    e);
        } catch (ConnectException e) {
            throw new RequestFailedException(
                    call.method() + " " + call.url()
                            + ": nothing listens there; is the cluster (or that instance) running?",
                    e);
        } catch (IOException e) {
            throw new RequestFailedException(call.method() + " " + call.url() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestFailedException(call.method() + " " + call.url() + " was interrupted", e);
        }
    }

    private HttpRequest toRequest(HttpCall call) {
        HttpRequest.BodyPublisher body =
                call.body().map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody());
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(call.url()).timeout(timeout).method(call.method(), body);
        call.headers().forEach(builder::header);
        call.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder.build();
    }
}
