package dev.orrery.runtime.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.LogLine;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/// Talks to the control API of the cluster running from a data folder.
public final class ControlClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClusterJson clusterJson = new ClusterJson();
    private final ControlEndpoint endpoint;
    private final HttpClient http;
    private final Duration timeout;

    public ControlClient(ControlEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /// The client for the cluster running from this data folder; empty when none runs. A control file left by a
    /// crashed run (the lock is free) is removed.
    public static Optional<ControlClient> find(RunFiles files, Duration timeout) {
        Optional<ControlEndpoint> endpoint = ControlEndpoint.readFrom(files.controlFile());
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        if (!ClusterLock.isHeld(files)) {
            deleteStale(files);
            return Optional.empty();
        }
        return Optional.of(new ControlClient(endpoint.get(), timeout));
    }

    /// Where this client talks to.
    ControlEndpoint endpoint() {
        return endpoint;
    }

    /// The PID of the process running the cluster.
    public long pid() {
        return endpoint.pid();
    }

    public ClusterStatus status() {
        return parse(call("GET", "/status"), ClusterStatus.class);
    }

    public void stop() {
        call("POST", "/stop");
    }

    public void reset() {
        call("POST", "/reset");
    }

    public void instance(InstanceAction action, String instanceId) {
        call("POST", "/instances/" + URLEncoder.encode(instanceId, StandardCharsets.UTF_8) + "/" + action.pathName());
    }

    public void fault(String target, FaultAction action, double amount) {
        var query = action.needsAmount()
                ? "?amount=" + java.math.BigDecimal.valueOf(amount).toPlainString()
                : "";
        call("POST", "/faults/" + URLEncoder.encode(target, StandardCharsets.UTF_8) + "/" + action.pathName() + query);
    }

    public void scale(String serviceId, int count) {
        call("POST", "/services/" + URLEncoder.encode(serviceId, StandardCharsets.UTF_8) + "/scale?count=" + count);
    }

    /// The cluster's current state, as its own process sees it.
    public ClusterSnapshot snapshot() {
        return clusterJson.snapshot(call("GET", "/snapshot"));
    }

    /// The last lines the instance wrote, oldest first.
    public List<LogLine> recentLogs(InstanceId id) {
        return clusterJson.logLines(call("GET", "/instances/" + encoded(id) + "/logs"));
    }

    /// The instance's log file (on this machine: the cluster runs on 127.0.0.1).
    public Path logFile(InstanceId id) {
        try {
            return Path.of(JSON.readTree(call("GET", "/instances/" + encoded(id) + "/log-file"))
                    .path("path")
                    .asText());
        } catch (IOException e) {
            throw new ControlException("The cluster answered with unreadable JSON: " + e.getMessage(), e);
        }
    }

    /// Opens the event stream (`GET /events`): the lines of a server-sent event stream, one `data:` line per event,
    /// read as they come; closing the stream closes the connection. The stream ends when the cluster's process
    /// ends.
    public Stream<String> eventLines() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/events"))
                .header("Authorization", "Bearer " + endpoint.secret())
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new ControlException(
                        "The cluster's control API did not open its event stream (HTTP " + response.statusCode()
                                + "); is 'orrery up' (pid " + endpoint.pid() + ") an older version?",
                        response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw notAnswering(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ControlException("interrupted while talking to the cluster", e);
        }
    }

    private static String encoded(InstanceId id) {
        return URLEncoder.encode(id.toString(), StandardCharsets.UTF_8);
    }

    private ControlException notAnswering(IOException e) {
        return new ControlException(
                "The cluster's control API on 127.0.0.1:" + endpoint.port() + " did not answer (" + e.getMessage()
                        + "); is process " + endpoint.pid() + " still running?",
                e);
    }

    private String call(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + endpoint.secret())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw notAnswering(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ControlException("interrupted while talking to the cluster", e);
        }
        if (response.statusCode() >= 300) {
            throw new ControlException(errorMessage(response.body()), response.statusCode());
        }
        return response.body();
    }

    private static String errorMessage(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isTextual() ? error.asText() : body;
        } catch (IOException e) {
            return body;
        }
    }

    private static <T> T parse(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new ControlException("The cluster answered with unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static void deleteStale(RunFiles files) {
        try {
            Files.deleteIfExists(files.controlFile());
        } catch (IOException e) {
            // Harmless: the next run's lock acquisition removes it as well.
        }
    }
}
