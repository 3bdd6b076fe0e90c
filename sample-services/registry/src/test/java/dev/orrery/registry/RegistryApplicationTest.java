package dev.orrery.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RegistryApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void answersTheApplicationListAsJson() throws Exception {
        var response = get("/eureka/apps");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"applications\"");
    }

    @Test
    void reportsHealthUp() throws Exception {
        var response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void listsFreshLeaseTimesAfterRenewals() throws Exception {
        var instance = """
                {"instance": {"instanceId": "lease-test:1", "hostName": "127.0.0.1", "app": "LEASE-TEST",
                  "ipAddr": "127.0.0.1", "status": "UP", "port": {"$": 1, "@enabled": "true"},
                  "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo",
                    "name": "MyOwn"}}}
                """;
        assertThat(send("POST", "/eureka/apps/LEASE-TEST", instance).statusCode())
                .isEqualTo(204);
        var registered = lastRenewal();

        // A renewal must show in the listing within a few seconds, not only after the next registration.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    send("PUT", "/eureka/apps/LEASE-TEST/lease-test:1", "");
                    return lastRenewal() > registered;
                });
    }

    private long lastRenewal() throws Exception {
        var body = get("/eureka/apps/LEASE-TEST").body();
        var matcher = Pattern.compile("\"lastRenewalTimestamp\":(\\d+)").matcher(body);
        assertThat(matcher.find()).as("lease in %s", body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
