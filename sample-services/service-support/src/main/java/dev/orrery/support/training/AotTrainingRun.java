package dev.orrery.support.training;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/// The training run itself: on [ApplicationReadyEvent], requests each path from the service's own port (as JSON,
/// the way the console and the gateway ask), lingers, then closes the context and exits with status 0. Answers of
/// any status are fine: what counts is that the code serving them ran.
final class AotTrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AotTrainingRun.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final List<String> paths;
    private final Duration linger;
    private final ConfigurableApplicationContext context;
    private final TrainingExit exit;

    AotTrainingRun(List<String> paths, Duration linger, ConfigurableApplicationContext context, TrainingExit exit) {
        this.paths = List.copyOf(paths);
        this.linger = linger;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // Exiting from the event's own thread would close the context from inside its start: use a fresh thread.
        Thread.ofPlatform().name("orrery-aot-training").start(this::trainAndExit);
    }

    private void trainAndExit() {
        int status = 0;
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            try (var client =
                    HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build()) {
                for (String path : paths) {
                    request(client, URI.create("http://127.0.0.1:" + port + path));
                }
            }
            Thread.sleep(linger);
        } catch (IOException | RuntimeException e) {
            LOG.error("AOT training run failed", e);
            status = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        }
        int exitStatus = status;
        exit.exit(SpringApplication.exit(context, () -> exitStatus));
    }

    private static void request(HttpClient client, URI uri) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        int status =
                client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        LOG.info("AOT training: GET {} answered {}", uri.getPath(), status);
    }
}
