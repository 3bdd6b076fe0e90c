package dev.orrery.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// One packaged service jar running as a real child process on 127.0.0.1, with its output in a log file.
///
/// The child gets this JVM's PID as `orrery.parent-pid`, so it exits by itself even if the test JVM is killed
/// before it can clean up.
final class ServiceProcess implements AutoCloseable {

    private static final List<String> JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /// Starts `jar` on a free port with `properties` (`name=value`) as command-line arguments.
    static ServiceProcess start(String name, Path jar, Path logFolder, List<String> properties) throws IOException {
        var port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        command.add("--server.port=" + port);
        command.add("--orrery.instance-id=" + name + ":127.0.0.1:" + port);
        command.add("--orrery.parent-pid=" + ProcessHandle.current().pid());
        properties.forEach(property -> command.add("--" + property));

        Files.createDirectories(logFolder);
        var log = logFolder.resolve(name + "-" + port + ".log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(name, port, log, process);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String instanceId() {
        return name + ":127.0.0.1:" + port;
    }

    /// Whether the actuator health endpoint answers UP (false while starting, or once dead).
    boolean isUp(HttpClient http) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /// Kills the process at once, like `kill -9`.
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /// The last `lines` lines of the process's output.
    String tail(int lines) {
        try {
            var all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(15, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
