package dev.orrery.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/// The gateway in its own JVM with the real proxy, in front of stub instances from a fixed instance list (the
/// registry client is off): one live heroes-service instance, one whose port refuses connections, and no
/// threats-service instance at all.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final StubInstance LIVE = startStub();
    private static final int DEAD_PORT = freePort();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        registry.add("eureka.client.enabled", () -> "false");
        var prefix = "spring.cloud.discovery.client.simple.instances.heroes-service";
        registry.add(prefix + "[0].uri", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add(prefix + "[0].instance-id", () -> "heroes-service:dead");
        registry.add(prefix + "[1].uri", LIVE::url);
        registry.add(prefix + "[1].instance-id", LIVE::instanceId);
    }

    @AfterAll
    static void stopStub() {
        LIVE.close();
    }

    @Test
    void everyGetSucceedsWhileOneOfTwoInstancesIsDead() throws Exception {
        var servedBy = new HashSet<String>();
        for (int i = 0; i < 20; i++) {
            var response = get("/heroes-service/heroes");
            assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(response.headers().allValues("X-Served-By")).hasSize(1);
            servedBy.add(response.headers().firstValue("X-Served-By").orElse("none"));
        }

        assertThat(servedBy).containsExactly(LIVE.instanceId());
    }

    @Test
    void forwardsPathQueryAndAuthorizationUnchanged() throws Exception {
        var request = HttpRequest.newBuilder(uri("/heroes-service/heroes/7?full=true"))
                .header("Authorization", "Bearer abc.def.ghi")
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body())
                .contains(
                        "\"path\":\"/heroes/7\"",
                        "\"query\":\"full=true\"",
                        "\"authorization\":\"Bearer abc.def.ghi\"");
    }

    @Test
    void putBodyReachesTheLiveInstanceAfterARefusedConnection() throws Exception {
        for (int i = 0; i < 2; i++) {
            var request = HttpRequest.newBuilder(uri("/heroes/1"))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Storm\"}"))
                    .header("Content-Type", "application/json")
                    .build();

            var response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("'displayName':'Storm'");
        }
    }

    @Test
    void answers503ProblemWhenNoInstanceIsRegistered() throws Exception {
        var response = get("/threats");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"serviceId\":\"threats-service\"");
        assertThat(response.headers().allValues("X-Served-By"))
                .singleElement()
                .asString()
                .startsWith("gateway:");
    }

    @Test
    void answersAMethodItDoesNotForwardWith501NamingIt() throws Exception {
        var request = HttpRequest.newBuilder(uri("/heroes"))
                .method("FETCH", HttpRequest.BodyPublishers.noBody())
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body())
                .contains("\"method\":\"FETCH\"", "does not forward FETCH", "GET, HEAD, POST, PUT, PATCH")
                .doesNotContain("GET /heroes");
        assertThat(get("/heroes").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesInstanceActuatorThroughRoutesButKeepsItsOwnHealth() throws Exception {
        assertThat(get("/heroes-service/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get("/heroes-service/%61ctuator/health").statusCode()).isEqualTo(404);
        assertThat(get("/heroes/orrery-control/stop").statusCode()).isEqualTo(404);

        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void listsItsRoutesForTheRuntime() throws Exception {
        var response = get("/orrery/routes");

        assertThat(response.statusCode()).isEqualTo(200);
        var routes = JsonMapper.shared().readTree(response.body()).get("routes");
        assertThat(routes.valueStream().map(r -> r.get("routeId").asString()))
                .contains("/heroes/**", "/hero/**", "/powers/**", "/img/**", "/threats/**", "/assignment/**")
                .contains("/auth/**", "/heroes-service/**", "/threats-service/**", "/auth-service/**")
                .doesNotContain("/gateway/**");
        var first = routes.get(0);
        assertThat(first.get("routeId").asString()).isEqualTo("/assignment/**");
        assertThat(first.get("serviceId").asString()).isEqualTo("threats-service");
        assertThat(first.get("stripPrefix").asBoolean()).isFalse();
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        var response = get("/no-such-service/x");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void streamsOneTrafficEventPerRoutedRequest() throws Exception {
        var lines = new LinkedBlockingQueue<String>();
        var subscribe = HttpRequest.newBuilder(uri("/orrery/traffic"))
                .header("Accept", "text/event-stream")
                .build();
        try (var subscriber = HttpClient.newHttpClient()) {
            var response = subscriber.send(subscribe, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            Thread.ofVirtual().start(() -> response.body().forEach(lines::add));

            get("/heroes-service/heroes?x=1");

            var event = nextEvent(lines);
            assertThat(event.get("event")).isEqualTo("traffic");
            var data = JsonMapper.shared().readTree(event.get("data"));
            assertThat(data.get("route").asString()).isEqualTo("/heroes-service/**");
            assertThat(data.get("serviceId").asString()).isEqualTo("heroes-service");
            assertThat(data.get("instanceId").asString()).isEqualTo(LIVE.instanceId());
            assertThat(data.get("instanceUrl").asString()).isEqualTo(LIVE.url());
            assertThat(data.get("method").asString()).isEqualTo("GET");
            assertThat(data.get("path").asString()).isEqualTo("/heroes-service/heroes");
            assertThat(data.get("status").asInt()).isEqualTo(200);
            assertThat(data.get("latencyMs").isNumber()).isTrue();
            assertThat(Instant.parse(data.get("time").asString())).isBefore(Instant.now());
            subscriber.shutdownNow();
        }
    }

    /// The next event's fields (`event`, `data`), skipping comment lines; fails if none comes within 10 s.
    private static Map<String, String> nextEvent(LinkedBlockingQueue<String> lines) throws InterruptedException {
        var fields = new HashMap<String, String>();
        while (true) {
            var line = lines.poll(10, TimeUnit.SECONDS);
            assertThat(line).as("a line of the traffic stream within 10 s").isNotNull();
            if (line.isEmpty() && !fields.isEmpty()) {
                return fields;
            }
            var colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static StubInstance startStub() {
        try {
            return new StubInstance("heroes-service:stub-live");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a stub instance on 127.0.0.1", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on 127.0.0.1", e);
        }
    }
}
