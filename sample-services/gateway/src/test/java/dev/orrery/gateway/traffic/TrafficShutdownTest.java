package dev.orrery.gateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.gateway.GatewayApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

class TrafficShutdownTest {

    @Test
    void openTrafficStreamDoesNotHoldUpShutdown() throws Exception {
        var context = new SpringApplicationBuilder(GatewayApplication.class)
                .run("--server.port=0", "--eureka.client.enabled=false");
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (var client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orrery/traffic"))
                    .build();
            var stream = client.send(request, HttpResponse.BodyHandlers.ofLines());
            CompletableFuture<Long> ended =
                    CompletableFuture.supplyAsync(() -> stream.body().count());

            var started = System.nanoTime();
            context.close();
            var closing = Duration.ofNanos(System.nanoTime() - started);

            assertThat(closing).isLessThan(Duration.ofSeconds(10));
            assertThat(ended.get(10, TimeUnit.SECONDS)).isPositive();
        }
    }
}
