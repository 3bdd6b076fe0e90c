package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// `java -jar target/orrery.jar …` as a user runs it: one `orrery up` in the foreground with its output in a file,
/// and short commands (`status`, `token`, `call`, `down`) against its data folder.
final class OrreryProcess implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path data;
    private final Path output;
    private final Process up;
    private final List<Long> clusterPids = new ArrayList<>();

    private OrreryProcess(Path data, Path output, Process up) {
        this.data = data;
        this.output = output;
        this.up = up;
    }

    /// Starts `orrery up --data DATA ARGS…`.
    static OrreryProcess up(Path data, String... args) throws IOException {
        Path output = data.resolveSibling(data.getFileName() + "-up.out");
        List<String> command = new ArrayList<>(List.of("up", "--data", data.toString()));
        command.addAll(List.of(args));
        Process up = orrery(command.toArray(String[]::new))
                .redirectOutput(output.toFile())
                .redirectErrorStream(true)
                .start();
        return new OrreryProcess(data, output, up);
    }

    /// Waits until `status --json` says ready, then remembers every process of the cluster.
    OrreryProcess awaitReady(Duration atMost) throws Exception {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(3)).until(() -> {
            assertThat(up.isAlive())
                    .as("orrery up is running; its output:%n%s", output())
                    .isTrue();
            return status().path("ready").asBoolean(false);
        });
        status().path("instances").forEach(i -> {
            if (i.path("pid").isNumber()) {
                clusterPids.add(i.path("pid").asLong());
            }
        });
        return this;
    }

    Process up() {
        return up;
    }

    Path data() {
        return data;
    }

    /// Every process of the cluster when it became ready, `orrery up` included.
    List<Long> pids() {
        var all = new ArrayList<>(clusterPids);
        all.add(up.pid());
        return all;
    }

    /// Waits for `orrery up` to end; when it does not, fails with its threads, to show where the stop hangs.
    void awaitExit(Duration atMost) throws Exception {
        if (up.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            return;
        }
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(up.pid()),
                        "Thread.print")
                .redirectErrorStream(true)
                .start();
        String threads = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        throw new AssertionError("orrery up still runs after " + atMost.toSeconds() + " s; its output:\n" + output()
                + "\nits threads:\n" + threads);
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /// `status --json`, or an empty object when no cluster answers.
    JsonNode status() throws Exception {
        Process process = orrery("status", "--data", data.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return process.exitValue() == 0 ? JSON.readTree(out) : JSON.createObjectNode();
    }

    /// The instances of one component in `status --json`.
    List<JsonNode> instancesOf(String component) throws Exception {
        var result = new ArrayList<JsonNode>();
        status().path("instances").forEach(i -> {
            if (i.path("component").asText().equals(component)) {
                result.add(i);
            }
        });
        return result;
    }

    /// Runs an `orrery` command on this data folder and expects exit code 0; returns standard output.
    String run(String command, String... args) throws Exception {
        return finished(command, args, false);
    }

    /// Runs an `orrery` command on this data folder and expects a non-zero exit; returns both outputs.
    String runExpectingFailure(String command, String... args) throws Exception {
        return finished(command, args, true);
    }

    private String finished(String command, String[] args, boolean fails) throws Exception {
        List<String> line = new ArrayList<>(List.of(command, "--data", data.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = orrery(line.toArray(String[]::new));
        Process process = fails
                ? builder.redirectErrorStream(true).start()
                : builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (fails) {
            assertThat(process.exitValue()).as(out).isNotZero();
        } else {
            assertThat(process.exitValue())
                    .as("orrery %s %s%n%s", command, line, out)
                    .isZero();
        }
        return out;
    }

    /// A token from `orrery token` with the given options.
    String token(String... options) throws Exception {
        return run("token", options).strip().lines().toList().getLast();
    }

    /// Waits until every one of the pids is gone.
    static void awaitGone(List<Long> pids, Duration atMost) {
        await().atMost(atMost)
                .untilAsserted(() -> assertThat(pids)
                        .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                                .as("process %d", pid)
                                .isNotEqualTo(Optional.of(true))));
    }

    static HttpResponse<String> get(int port, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static ProcessBuilder orrery(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "orrery.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /// Last resort after a failed test: SIGKILL for `orrery up` and every process it had.
    @Override
    public void close() throws InterruptedException {
        if (up.isAlive()) {
            up.destroyForcibly();
            up.waitFor(30, TimeUnit.SECONDS);
        }
        clusterPids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
}
